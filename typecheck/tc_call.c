// Calls: arguments bound to a signature as CPython binds them (positional, keyword, *args,
// **kwargs, defaults), each checked against its parameter's type; the result types of the
// builtins whose result depends on their arguments (sorted, max, zip, ...).
#include <stdio.h>
#include <string.h>

#include "typecheck/tc_check.h"

enum { CALL_MAX_ARGS = 64 };

typedef struct CallArgs {
    const AstExpr *call;
    const AstExpr *pos[CALL_MAX_ARGS];
    const TcType *pos_type[CALL_MAX_ARGS];
    uint32_t npos;
    bool star;   // a *args: positions past it are unknown
    const AstExpr *star_arg;     // the first *args: the iterable
    const TcType *star_type;     // and its type
    bool dstar;  // a **kwargs: any keyword may be given
    const TcType *kw_type[CALL_MAX_ARGS];
    uint32_t nkw;
} CallArgs;

// ---- which builtin -----------------------------------------------------------------------------

static bool is_builtin(const Checker *tc, const TcType *f, const char *name) {
    if (f->kind != TC_FUNC && f->kind != TC_CLASS) return false;
    const TcEntry *e = tc_table_get(&tc->stubs->builtins.members, name);
    if (!e) return false;
    return f->kind == TC_FUNC ? e->type->kind == TC_FUNC && e->type->func == f->func
                              : e->type->kind == TC_CLASS && e->type->cls == f->cls;
}

static bool is_module_function(const Checker *tc, const TcType *f, const char *module,
                               const char *name) {
    const TcModule *m = tc_stubs_module(tc->stubs, module);
    const TcEntry *e = m && f->kind == TC_FUNC ? tc_table_get(&m->members, name) : NULL;
    return e && e->type->kind == TC_FUNC && e->type->func == f->func;
}

static bool is_method(const TcType *f, TcBuiltin receiver, const char *name) {
    return f->kind == TC_FUNC && f->receiver && tc_builtin_of(f->receiver) == receiver &&
           strcmp(f->func->name, name) == 0;
}

// The parameter type a lambda argument gets: the element of the iterable it is applied to
// (sorted(deals, key=lambda d: ...) makes d a Deal).
static int lambda_hint_source(const Checker *tc, const TcType *f) {
    if (is_builtin(tc, f, "sorted") || is_builtin(tc, f, "min") || is_builtin(tc, f, "max")) return 0;
    if (is_builtin(tc, f, "filter") || is_builtin(tc, f, "map")) return 1;
    if (is_method(f, TC_CLS_LIST, "sort")) return -2;
    return -1;
}

// ---- arguments ----------------------------------------------------------------------------------

static void infer_args(Checker *tc, const AstExpr *call, const TcType *f, CallArgs *ca) {
    memset(ca, 0, sizeof *ca);
    ca->call = call;
    const AstExprList *args = &call->call.args;
    const TcType *hint = NULL;
    const TcType *first = NULL;
    int source = lambda_hint_source(tc, f);
    if (source == -2) {
        hint = f->receiver->nargs ? f->receiver->args[0] : NULL;
    } else if (source >= 0 && (uint32_t)source < args->count &&
               args->items[source]->kind != AST_STARRED) {
        first = tc_infer(tc, args->items[source]);
        tc->quiet++;  // a hint only: max(a, b) iterates neither
        hint = tc_iter_elem(tc, first, args->items[source]);
        tc->quiet--;
    }
    for (uint32_t k = 0; k < args->count; k++) {
        const AstExpr *a = args->items[k];
        const TcType *t;
        if (first && (int)k == source) t = first;
        else t = tc_infer_hinted(tc, a->kind == AST_STARRED ? a->value : a, hint);
        if (a->kind == AST_STARRED) {
            if (!ca->star) {
                ca->star_arg = a->value;
                ca->star_type = t;
            }
            ca->star = true;
            continue;
        }
        if (ca->star || ca->npos >= CALL_MAX_ARGS) {
            ca->star = true;
            continue;
        }
        ca->pos[ca->npos] = a;
        ca->pos_type[ca->npos++] = t;
    }
    for (uint32_t k = 0; k < call->call.keyword_count && k < CALL_MAX_ARGS; k++) {
        const AstKeyword *kw = &call->call.keywords[k];
        ca->kw_type[k] = tc_infer_hinted(tc, kw->value, hint);
        if (!kw->arg) ca->dstar = true;
        ca->nkw++;
    }
}

// ---- binding ------------------------------------------------------------------------------------

static const char *signature_text(Checker *tc, const TcFunc *f) {
    char buf[512];
    tc_func_signature(f, buf, sizeof buf);
    const char *s = arena_strndup(tc->arena, buf, strlen(buf));
    return s ? s : "";
}

// A builtin function or a method of a built-in type: none of them takes a coroutine.
static bool is_builtin_function(const Checker *tc, const TcFunc *f, const TcType *receiver) {
    if (receiver) return receiver->kind == TC_TYPEDDICT || tc_builtin_of(receiver) != TC_CLS_OTHER;
    const TcEntry *e = tc_table_get(&tc->stubs->builtins.members, f->name);
    return e && e->type->kind == TC_FUNC && e->type->func == f;
}

// A list, set or dict may hold coroutines to await later (tasks.append(fetch(x))).
static bool is_collection(const TcType *receiver) {
    TcBuiltin b = receiver ? tc_builtin_of(receiver) : TC_CLS_OTHER;
    return b == TC_CLS_LIST || b == TC_CLS_SET || b == TC_CLS_DICT;
}

// Checks one argument against its parameter; false when it cannot match.
static bool check_arg(Checker *tc, const TcFunc *f, const TcParam *p, const TcType *receiver,
                      const AstExpr *arg, const TcType *actual) {
    const TcType *want = tc_substitute(tc->arena, p->type, receiver);
    if (actual->kind == TC_COROUTINE && want->kind != TC_COROUTINE &&
        (!tc_is_unknown(want) || (is_builtin_function(tc, f, receiver) && !is_collection(receiver)))) {
        tc_check_not_coroutine(tc, actual, arg);
        return false;
    }
    if (!tc_check_typeddict_literal(tc, want, arg)) return false;
    if (tc_is_unknown(want) || tc_is_unknown(actual)) return true;
    const char *literal = tc_const_str(tc, arg);
    if (literal && tc_literal_rejects(want, literal)) {
        tc_report(tc, arg->span, "arg-type", "argument '%s' of %s() is \"%s\", but the parameter "
                  "takes %s; the signature is %s", p->name, f->name, literal,
                  tc_type_text(tc, want), signature_text(tc, f));
        return false;
    }
    if (tc_assignable(actual, want)) return true;
    const TcType *rest = tc_may_be_none(actual) ? tc_without_none(tc->arena, actual) : NULL;
    // of a union (int | str from two branches), one fitting member may be the one that runs
    if (actual->kind == TC_UNION && !(rest && tc_assignable(rest, want))) {
        for (uint16_t k = 0; k < actual->nargs; k++) {
            if (actual->args[k]->kind != TC_NONE && tc_assignable(actual->args[k], want)) return true;
        }
    }
    if (rest && tc_assignable(rest, want)) {
        tc_report(tc, arg->span, "arg-type",
                  "argument '%s' of %s() may be None (its type is %s), but the parameter takes "
                  "%s; check 'is not None' first", p->name, f->name, tc_type_text(tc, actual),
                  tc_type_text(tc, want));
        return false;
    }
    tc_report(tc, arg->span, "arg-type", "argument '%s' of %s() has type %s, but the parameter "
              "takes %s; the signature is %s", p->name, f->name, tc_type_text(tc, actual),
              tc_type_text(tc, want), signature_text(tc, f));
    return false;
}

static int find_param(const TcFunc *f, const char *name) {
    for (uint32_t k = 0; k < f->count; k++) {
        if (strcmp(f->params[k].name, name) == 0) return (int)k;
    }
    return -1;
}

static int find_kind(const TcFunc *f, TcParamKind kind) {
    for (uint32_t k = 0; k < f->count; k++) {
        if (f->params[k].kind == kind) return (int)k;
    }
    return -1;
}

static bool is_positional(const TcParam *p) {
    return p->kind == TC_PARAM_POSONLY || p->kind == TC_PARAM_NORMAL;
}

// Positional parameters come first in a signature, then *args, keyword-only and **kwargs.
// Both return false when the arguments do not fit the parameters; *types_ok turns false when an
// argument's type does not fit its parameter (the call's count and names are checked even then:
// CPython's TypeError for them is what the call raises first).
static bool bind_positional(Checker *tc, const TcFunc *f, const TcType *recv, const CallArgs *ca,
                            bool *bound, bool *types_ok) {
    uint32_t positional = 0;
    while (positional < f->count && is_positional(&f->params[positional])) positional++;
    int vararg = find_kind(f, TC_PARAM_VARARG);
    for (uint32_t k = 0; k < ca->npos; k++) {
        if (k < positional) {
            bound[k] = true;
            *types_ok &= check_arg(tc, f, &f->params[k], recv, ca->pos[k], ca->pos_type[k]);
        } else if (vararg >= 0) {
            *types_ok &= check_arg(tc, f, &f->params[vararg], recv, ca->pos[k], ca->pos_type[k]);
        } else {
            tc_report(tc, ca->pos[k]->span, "call-arg-count",
                      "%s() takes %u positional argument%s but %u %s given; the signature is %s",
                      f->name, positional, positional == 1 ? "" : "s", ca->npos,
                      ca->npos == 1 ? "was" : "were", signature_text(tc, f));
            return false;
        }
    }
    return true;
}

static bool bind_keywords(Checker *tc, const TcFunc *f, const TcType *recv, const CallArgs *ca,
                          bool *bound, bool *types_ok) {
    bool ok = true;
    int varkw = find_kind(f, TC_PARAM_VARKW);
    for (uint32_t k = 0; k < ca->nkw; k++) {
        const AstKeyword *kw = &ca->call->call.keywords[k];
        if (!kw->arg) continue;
        int p = find_param(f, kw->arg);
        if (p >= 0 && (f->params[p].kind == TC_PARAM_NORMAL || f->params[p].kind == TC_PARAM_KWONLY)) {
            if (bound[p]) {
                tc_report(tc, kw->span, "duplicate-keyword",
                          "%s() got multiple values for argument '%s'", f->name, kw->arg);
                ok = false;
                continue;
            }
            bound[p] = true;
            *types_ok &= check_arg(tc, f, &f->params[p], recv, kw->value, ca->kw_type[k]);
        } else if (varkw >= 0) {
            *types_ok &= check_arg(tc, f, &f->params[varkw], recv, kw->value, ca->kw_type[k]);
        } else if (p >= 0 && f->params[p].kind == TC_PARAM_POSONLY) {
            tc_report(tc, kw->span, "unknown-keyword",
                      "%s() takes '%s' by position only, not as a keyword; the signature is %s",
                      f->name, kw->arg, signature_text(tc, f));
            ok = false;
        } else {
            const char *names[CALL_MAX_ARGS];
            uint32_t n = 0;
            for (uint32_t j = 0; j < f->count && n < CALL_MAX_ARGS; j++) {
                if (f->params[j].kind == TC_PARAM_NORMAL || f->params[j].kind == TC_PARAM_KWONLY) {
                    names[n++] = f->params[j].name;
                }
            }
            tc_report(tc, kw->span, "unknown-keyword",
                      "%s() got an unexpected keyword argument '%s'%s; the signature is %s",
                      f->name, kw->arg, tc_did_you_mean(tc, kw->arg, names, n),
                      signature_text(tc, f));
            ok = false;
        }
    }
    return ok;
}

// "'a'", "'a' and 'b'", "'a', 'b', and 'c'" as CPython lists missing arguments.
static void missing_list(const TcFunc *f, const bool *bound, bool kwonly, char *buf, size_t cap,
                         uint32_t *count) {
    uint32_t total = 0, seen = 0;
    for (uint32_t k = 0; k < f->count; k++) {
        const TcParam *p = &f->params[k];
        bool want = kwonly ? p->kind == TC_PARAM_KWONLY
                           : p->kind == TC_PARAM_POSONLY || p->kind == TC_PARAM_NORMAL;
        total += want && !bound[k] && !p->has_default;
    }
    size_t at = 0;
    buf[0] = '\0';
    for (uint32_t k = 0; k < f->count && at < cap; k++) {
        const TcParam *p = &f->params[k];
        bool want = kwonly ? p->kind == TC_PARAM_KWONLY
                           : p->kind == TC_PARAM_POSONLY || p->kind == TC_PARAM_NORMAL;
        if (!want || bound[k] || p->has_default) continue;
        seen++;
        const char *sep = seen == 1 ? "" : seen < total ? ", " : total == 2 ? " and " : ", and ";
        at += (size_t)snprintf(buf + at, cap - at, "%s'%s'", sep, p->name);
    }
    *count = total;
}

static bool check_missing(Checker *tc, const TcFunc *f, const CallArgs *ca, const bool *bound) {
    if (ca->dstar) return true;
    char list[256];
    uint32_t n;
    bool ok = true;
    if (!ca->star) {
        missing_list(f, bound, false, list, sizeof list, &n);
        if (n) {
            tc_report(tc, ca->call->span, "call-arg-count",
                      "%s() missing %u required positional argument%s: %s; the signature is %s",
                      f->name, n, n == 1 ? "" : "s", list, signature_text(tc, f));
            ok = false;
        }
    }
    missing_list(f, bound, true, list, sizeof list, &n);
    if (n) {
        tc_report(tc, ca->call->span, "call-arg-count",
                  "%s() missing %u required keyword-only argument%s: %s; the signature is %s",
                  f->name, n, n == 1 ? "" : "s", list, signature_text(tc, f));
        ok = false;
    }
    return ok;
}

static bool bind(Checker *tc, const TcFunc *f, const TcType *recv, const CallArgs *ca) {
    bool bound[CALL_MAX_ARGS * 2] = {0};
    if (f->count > CALL_MAX_ARGS * 2) return true;
    bool types_ok = true;
    if (!bind_positional(tc, f, recv, ca, bound, &types_ok)) return false;
    if (!bind_keywords(tc, f, recv, ca, bound, &types_ok)) return false;
    return check_missing(tc, f, ca, bound) && types_ok;
}

// The overload that accepts the arguments (the first reports when none does).
static const TcFunc *bind_overloads(Checker *tc, const TcFunc *f, const TcType *recv,
                                    const CallArgs *ca) {
    if (!f->overload) return bind(tc, f, recv, ca) ? f : NULL;
    tc->quiet++;
    const TcFunc *match = NULL;
    for (const TcFunc *o = f; o && !match; o = o->overload) {
        if (bind(tc, o, recv, ca)) match = o;
    }
    tc->quiet--;
    if (!match) bind(tc, f, recv, ca);
    return match;
}

// ---- results of builtins ------------------------------------------------------------------------

static const TcType *elem_of(Checker *tc, const CallArgs *ca, uint32_t k) {
    if (k >= ca->npos) return &tc_unknown;
    tc->quiet++;  // the argument's own problems were reported when it was inferred
    const TcType *t = tc_iter_elem(tc, ca->pos_type[k], ca->pos[k]);
    tc->quiet--;
    return t;
}

static const TcType *keyword_type(const CallArgs *ca, const char *name) {
    for (uint32_t k = 0; k < ca->nkw; k++) {
        const char *arg = ca->call->call.keywords[k].arg;
        if (arg && strcmp(arg, name) == 0) return ca->kw_type[k];
    }
    return NULL;
}

static const TcType *iterator_of(Checker *tc, const TcType *elem) {
    return tc_builtin1(tc, TC_CLS_ITERATOR, elem);
}

static const TcType *min_max_result(Checker *tc, const CallArgs *ca) {
    if (ca->star || ca->npos == 0) return &tc_unknown;
    const TcType *t;
    if (ca->npos == 1) {
        t = elem_of(tc, ca, 0);
        const TcType *d = keyword_type(ca, "default");
        if (d) t = tc_join(tc->arena, t, d);
        return t;
    }
    t = ca->pos_type[0];
    for (uint32_t k = 1; k < ca->npos; k++) t = tc_join(tc->arena, t, ca->pos_type[k]);
    return t;
}

static const TcType *zip_result(Checker *tc, const CallArgs *ca) {
    if (ca->star || ca->npos == 0 || ca->npos > 8) return iterator_of(tc, &tc_unknown);
    const TcType *items[8];
    for (uint32_t k = 0; k < ca->npos; k++) items[k] = elem_of(tc, ca, k);
    const TcType *tuple = tc_builtin_instance(tc->stubs, tc->arena, TC_CLS_TUPLE, items, (uint16_t)ca->npos);
    return iterator_of(tc, tuple);
}

static const TcType *callable_result(const TcType *f) {
    if (f->kind == TC_FUNC) return f->func->is_async ? &tc_unknown : f->func->ret;
    if (f->kind == TC_CALLABLE) return f->args[0];
    return &tc_unknown;
}

// await asyncio.gather(a(), b()) or gather(*coros): a list of what they return, when that is one
// type (return_exceptions= may put exceptions in it).
static const TcType *gather_result(Checker *tc, const CallArgs *ca) {
    const TcType *result = NULL;
    if (ca->npos == 0 && ca->star && !ca->nkw) {
        tc->quiet++;
        const TcType *elem = tc_iter_elem(tc, ca->star_type, ca->star_arg);
        tc->quiet--;
        if (elem->kind == TC_COROUTINE) result = elem->args[0];
    } else if (!ca->star && !ca->nkw) {
        for (uint32_t k = 0; k < ca->npos; k++) {
            const TcType *t = ca->pos_type[k];
            if (t->kind != TC_COROUTINE || (result && !tc_equal(result, t->args[0]))) return NULL;
            result = t->args[0];
        }
    }
    if (!result || tc_is_unknown(result)) return NULL;
    return tc_make1(tc->arena, TC_COROUTINE, tc_builtin1(tc, TC_CLS_LIST, result));
}

// The result of a builtin function whose stub cannot say it; NULL for the stub's own.
static const TcType *builtin_result(Checker *tc, const TcType *f, const CallArgs *ca) {
    if (is_builtin(tc, f, "sorted")) return tc_builtin1(tc, TC_CLS_LIST, elem_of(tc, ca, 0));
    if (is_builtin(tc, f, "min") || is_builtin(tc, f, "max")) return min_max_result(tc, ca);
    if (is_builtin(tc, f, "iter") && ca->npos != 1) return iterator_of(tc, &tc_unknown);
    if (is_builtin(tc, f, "filter")) {
        // filter(pred, xs) keeps what pred tested, which the items' type cannot say
        bool by_truth = ca->npos == 2 && ca->pos_type[0]->kind == TC_NONE;
        if (!by_truth) return iterator_of(tc, &tc_unknown);
        const TcType *t = elem_of(tc, ca, 1);
        const TcType *rest = tc_without_none(tc->arena, t);
        return iterator_of(tc, rest ? rest : &tc_unknown);
    }
    if (is_builtin(tc, f, "reversed") || is_builtin(tc, f, "iter")) {
        return iterator_of(tc, elem_of(tc, ca, 0));
    }
    if (is_builtin(tc, f, "enumerate")) {
        const TcType *items[2] = {tc_builtin(tc, TC_CLS_INT), elem_of(tc, ca, 0)};
        return iterator_of(tc, tc_builtin_instance(tc->stubs, tc->arena, TC_CLS_TUPLE, items, 2));
    }
    if (is_builtin(tc, f, "zip")) return zip_result(tc, ca);
    if (is_builtin(tc, f, "map")) {
        return iterator_of(tc, ca->npos ? callable_result(ca->pos_type[0]) : &tc_unknown);
    }
    if (is_builtin(tc, f, "next")) {
        const TcType *t = elem_of(tc, ca, 0);
        return ca->npos > 1 ? tc_join(tc->arena, t, ca->pos_type[1]) : t;
    }
    if (is_builtin(tc, f, "sum")) {
        const TcType *t = elem_of(tc, ca, 0);
        TcBuiltin b = tc_builtin_of(t);
        return b == TC_CLS_INT || b == TC_CLS_FLOAT ? t : b == TC_CLS_BOOL ? tc_builtin(tc, TC_CLS_INT) : &tc_unknown;
    }
    if (is_builtin(tc, f, "abs") && ca->npos == 1) {
        TcBuiltin b = tc_builtin_of(ca->pos_type[0]);
        return b == TC_CLS_INT || b == TC_CLS_FLOAT ? ca->pos_type[0] : &tc_unknown;
    }
    if (is_module_function(tc, f, "asyncio", "gather")) return gather_result(tc, ca);
    if (is_module_function(tc, f, "asyncio", "run") && ca->npos == 1) {
        // asyncio.run(main()) gives what main returns
        const TcType *t = ca->pos_type[0];
        return t->kind == TC_COROUTINE ? t->args[0] : &tc_unknown;
    }
    if (is_builtin(tc, f, "round")) {
        if (ca->npos == 1 && !ca->nkw) return tc_builtin(tc, TC_CLS_INT);
        TcBuiltin b = ca->npos ? tc_builtin_of(ca->pos_type[0]) : TC_CLS_OTHER;
        return b == TC_CLS_INT || b == TC_CLS_FLOAT ? ca->pos_type[0] : &tc_unknown;
    }
    return NULL;
}

// TypedDict.get("key"): the field's type, None included when the key may be absent.
static const TcType *typeddict_get(Checker *tc, const TcType *f, const CallArgs *ca) {
    if (!is_method(f, TC_CLS_OTHER, "get") || f->receiver->kind != TC_TYPEDDICT) return NULL;
    const char *key = ca->npos >= 1 ? tc_const_str(tc, ca->pos[0]) : NULL;
    const TcTable *fields = &f->receiver->td->fields;
    const TcEntry *e = key ? tc_table_get(fields, key) : NULL;
    if (key && !e) {
        tc_report(tc, ca->pos[0]->span, "unknown-key", "'%s' has no key \"%s\"%s",
                  f->receiver->td->name, key, tc_did_you_mean(tc, key, fields->order, fields->count));
    }
    if (!e) return NULL;
    if (ca->npos > 1) return tc_join(tc->arena, e->type, ca->pos_type[1]);
    return e->required ? e->type : tc_join(tc->arena, e->type, &tc_none);
}

// Arguments CPython's builtins reject by their element type: len(5), sum(names),
// ", ".join(numbers).
static bool is_number_or_none(const TcType *t) {
    TcBuiltin b = tc_builtin_of(t);
    return t->kind == TC_NONE || b == TC_CLS_INT || b == TC_CLS_FLOAT || b == TC_CLS_BOOL;
}

// The argument a builtin iterates over (sorted(x), len(x), zip(a, b)...): -1 for none, -2
// for all of them.
static int iterated_arg(const Checker *tc, const TcType *f, const CallArgs *ca) {
    static const char *const first[] = {"sorted", "sum", "enumerate", "list", "set", "tuple",
                                        "frozenset", "any", "all", "reversed"};
    for (size_t k = 0; k < sizeof first / sizeof *first; k++) {
        if (is_builtin(tc, f, first[k])) return 0;
    }
    // max(a, b) compares its arguments, iter(f, sentinel) calls f
    if ((is_builtin(tc, f, "max") || is_builtin(tc, f, "min") || is_builtin(tc, f, "iter")) &&
        ca->npos == 1) {
        return 0;
    }
    if (is_builtin(tc, f, "filter") || is_builtin(tc, f, "map")) return 1;
    if (is_builtin(tc, f, "zip")) return -2;
    return -1;
}

// sorted(deals) or max(deals) without key=: dicts cannot be compared with '<'.
static void check_unordered_items(Checker *tc, const TcType *f, const CallArgs *ca) {
    bool method = is_method(f, TC_CLS_LIST, "sort");
    bool sorts = method || (ca->npos == 1 && is_builtin(tc, f, "sorted")) ||
                 ((is_builtin(tc, f, "max") || is_builtin(tc, f, "min")) && ca->npos == 1);
    if (!sorts || keyword_type(ca, "key") || ca->dstar) return;
    const TcType *e = method ? (f->receiver->nargs ? f->receiver->args[0] : &tc_unknown)
                             : elem_of(tc, ca, 0);
    if (e->kind != TC_TYPEDDICT && tc_builtin_of(e) != TC_CLS_DICT) return;
    tc_report(tc, method ? ca->call->span : ca->pos[0]->span, "operator-type",
              "'<' not supported between instances of 'dict' and 'dict': pass key=, e.g. "
              "key=lambda d: d[\"%s\"]",
              e->kind == TC_TYPEDDICT && e->td->fields.count ? e->td->fields.order[0] : "name");
}

static void check_builtin_args(Checker *tc, const TcType *f, const CallArgs *ca) {
    if (ca->star) return;
    check_unordered_items(tc, f, ca);
    if (ca->npos == 0) return;
    int it = iterated_arg(tc, f, ca);
    for (uint32_t k = 0; k < ca->npos; k++) {
        bool iterated = it == -2 || (int)k == it;
        if (iterated && ca->pos_type[k]->kind != TC_COROUTINE) {  // a coroutine: reported already
            tc_iter_elem(tc, ca->pos_type[k], ca->pos[k]);
        }
    }
    const TcType *first = ca->pos_type[0];
    if (is_builtin(tc, f, "len") && first->kind != TC_NONE && tc_may_be_none(first) &&
        tc_none_is_reportable(ca->pos[0])) {
        tc_report(tc, ca->pos[0]->span, "possibly-none",
                  "len() of a value that may be None (its type is %s); check 'is not None' first",
                  tc_type_text(tc, first));
    }
    if (is_builtin(tc, f, "len") && is_number_or_none(first)) {
        tc_report(tc, ca->pos[0]->span, "arg-type", "object of type '%s' has no len()",
                  first->kind == TC_NONE ? "NoneType" : first->cls->name);
    } else if (is_builtin(tc, f, "sum") && tc_builtin_of(elem_of(tc, ca, 0)) == TC_CLS_STR) {
        tc_report(tc, ca->pos[0]->span, "arg-type",
                  "sum() can't sum strings [use ''.join(seq) instead]");
    } else if (is_method(f, TC_CLS_STR, "join")) {
        const TcType *e = elem_of(tc, ca, 0);
        TcBuiltin b = tc_builtin_of(e);
        bool not_str = e->kind == TC_TYPEDDICT || e->kind == TC_NONE ||
                       (e->kind == TC_INSTANCE && b != TC_CLS_STR && b != TC_CLS_OTHER &&
                        b != TC_CLS_OBJECT);
        if (not_str) {
            tc_report(tc, ca->pos[0]->span, "arg-type",
                      "str.join() takes strings, but these items are %s; convert them first, "
                      "e.g. \", \".join(str(x) for x in items)", tc_type_text(tc, e));
        }
    }
}

// ---- constructors ------------------------------------------------------------------------------

static const TcType *construct(Checker *tc, const TcType *cls, const CallArgs *ca) {
    const TcType *special = builtin_result(tc, cls, ca);  // enumerate, zip, map, ...
    if (special) return special;
    if (is_builtin(tc, cls, "super")) return &tc_unknown;  // the parent's methods
    TcBuiltin b = cls->cls->builtin;
    switch (b) {
    case TC_CLS_LIST:
    case TC_CLS_SET:
    case TC_CLS_FROZENSET:
        return tc_builtin1(tc, b, ca->npos == 1 ? elem_of(tc, ca, 0) : &tc_unknown);
    case TC_CLS_TUPLE: {
        TcType *t = (TcType *)tc_builtin1(tc, b, ca->npos == 1 ? elem_of(tc, ca, 0) : &tc_unknown);
        if (t != &tc_unknown) t->tuple_var = true;
        return t;
    }
    case TC_CLS_DICT: return tc_builtin(tc, TC_CLS_DICT);
    case TC_CLS_OTHER: return cls->cls->members.count ? tc_instance(tc->arena, cls->cls, NULL, 0) : &tc_unknown;
    default: return tc_instance(tc->arena, cls->cls, NULL, 0);
    }
}

// ---- calls ---------------------------------------------------------------------------------------

// lst.append(x), s.add(x), lst.insert(i, x), d.setdefault(k, v): the container now holds x.
static bool reads_only(const char *method) {
    static const char *const readers[] = {"get", "keys", "values", "items", "copy", "count",
                                          "index"};
    for (size_t k = 0; k < sizeof readers / sizeof *readers; k++) {
        if (strcmp(readers[k], method) == 0) return true;
    }
    return false;
}

static void widen_receiver(Checker *tc, const TcType *f, const CallArgs *ca) {
    const AstExpr *callee = ca->call->call.func;
    if (!f->receiver || callee->kind != AST_ATTRIBUTE) return;
    const char *m = f->func->name;
    const AstExpr *base = callee->attribute.value;
    // d.update(...), d.pop("k"): what tests said about d's keys no longer holds
    if (base->kind == AST_NAME && !reads_only(m)) tc_env_drop_paths(&tc->env, base->name);
    if (ca->star) return;
    TcBuiltin b = tc_builtin_of(f->receiver);
    if ((b == TC_CLS_LIST && strcmp(m, "append") == 0) || (b == TC_CLS_SET && strcmp(m, "add") == 0)) {
        if (ca->npos == 1) tc_widen_container(tc, base, 0, ca->pos_type[0]);
    } else if (b == TC_CLS_LIST && strcmp(m, "insert") == 0 && ca->npos == 2) {
        tc_widen_container(tc, base, 0, ca->pos_type[1]);
    } else if (b == TC_CLS_LIST && (strcmp(m, "extend") == 0 || strcmp(m, "__iadd__") == 0)) {
        tc_widen_container(tc, base, 0, &tc_unknown);
    } else if (b == TC_CLS_DICT && (strcmp(m, "setdefault") == 0 || strcmp(m, "update") == 0)) {
        tc_widen_container(tc, base, 1, ca->npos == 2 ? ca->pos_type[1] : &tc_unknown);
    } else if (b == TC_CLS_SET && strcmp(m, "update") == 0) {
        tc_widen_container(tc, base, 0, &tc_unknown);
    }
}

static const TcType *call_function(Checker *tc, const TcType *f, const CallArgs *ca) {
    widen_receiver(tc, f, ca);
    check_builtin_args(tc, f, ca);
    const TcFunc *match = bind_overloads(tc, f->func, f->receiver, ca);
    const TcType *special = builtin_result(tc, f, ca);
    if (!special) special = typeddict_get(tc, f, ca);
    if (special) return special;
    if (!match && !f->func->overload) match = f->func;  // a bad call still returns its type
    if (!match) return &tc_unknown;
    const TcType *ret = tc_substitute(tc->arena, match->ret, f->receiver);
    return match->is_async ? tc_make1(tc->arena, TC_COROUTINE, ret) : ret;
}

static void report_not_callable(Checker *tc, const AstExpr *e, const TcType *t) {
    char name[256];
    tc_type_str(t, name, sizeof name);
    const char *cls = t->kind == TC_NONE ? "NoneType" : t->kind == TC_TYPEDDICT ? "dict"
                      : t->kind == TC_MODULE ? "module" : t->kind == TC_INSTANCE ? t->cls->name : name;
    tc_report(tc, e->call.func->span, "not-callable", "'%s' object is not callable (its type is %s)",
              cls, name);
}

const TcType *tc_infer_call(Checker *tc, const AstExpr *e) {
    const TcType *f = tc_infer(tc, e->call.func);
    CallArgs *ca = arena_alloc(tc->arena, sizeof *ca);
    if (!ca) {
        tc->oom = true;
        return &tc_unknown;
    }
    infer_args(tc, e, f, ca);
    if (tc_is_unknown(f)) return &tc_unknown;
    if (f->kind == TC_COROUTINE) {
        tc_check_not_coroutine(tc, f, e->call.func);
        return &tc_unknown;
    }
    if (f->kind == TC_UNION && tc_may_be_none(f) && tc_none_is_reportable(e->call.func)) {
        tc_report(tc, e->call.func->span, "possibly-none",
                  "calling a value that may be None (its type is %s); check 'is not None' first",
                  tc_type_text(tc, f));
        f = tc_without_none(tc->arena, f);
    }
    switch (f->kind) {
    case TC_FUNC: return call_function(tc, f, ca);
    case TC_CALLABLE: return f->args[0];
    case TC_CLASS: return construct(tc, f, ca);
    case TC_NONE:
    case TC_TYPEDDICT:
    case TC_MODULE: report_not_callable(tc, e, f); return &tc_unknown;
    case TC_INSTANCE:
        if (f->cls->builtin != TC_CLS_OTHER && f->cls->builtin != TC_CLS_OBJECT &&
            f->cls->builtin != TC_CLS_EXCEPTION && f->cls->builtin != TC_CLS_ITERATOR) {
            report_not_callable(tc, e, f);
        }
        return &tc_unknown;
    default: return &tc_unknown;
    }
}
