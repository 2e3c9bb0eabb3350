// Statements and control flow: assignments update the environment, branches are checked on
// narrowed copies and joined, loops run twice (a quiet pass learns what their body assigns),
// function bodies are checked once the body around them is done.
#include <stdio.h>
#include <string.h>

#include "typecheck/tc_check.h"

static void check_stmt(Checker *tc, const AstStmt *s);

void tc_check_body(Checker *tc, const AstStmtList *body) {
    for (uint32_t k = 0; k < body->count && !tc->env.dead && !tc->oom; k++) {
        check_stmt(tc, body->items[k]);
    }
}

static void body_from(Checker *tc, const TcEnv *start, const AstStmtList *body, TcEnv *out) {
    tc_env_copy(tc, &tc->env, start);
    tc_check_body(tc, body);
    *out = tc->env;
}

// ---- simple statements --------------------------------------------------------------------------

static void check_expr_statement(Checker *tc, const AstStmt *s) {
    const TcType *t = tc_infer(tc, s->value);
    if (t->kind == TC_COROUTINE && s->value->kind == AST_CALL) {
        tc_report(tc, s->value->span, "missing-await",
                  "this call of an async function is never awaited, so it never runs: write "
                  "'await' before it");
    }
}

static void check_annassign(Checker *tc, const AstStmt *s) {
    const TcType *declared = tc_annotation(tc, s->annassign.annotation);
    const TcType *value = s->annassign.value ? tc_infer(tc, s->annassign.value) : NULL;
    const AstExpr *target = s->annassign.target;
    if (target->kind != AST_NAME) {
        if (value) tc_assign_target(tc, target, value);
        return;
    }
    if (!value) return;  // a bare annotation binds nothing
    tc_check_typeddict_literal(tc, declared, s->annassign.value);
    if (value->kind == TC_COROUTINE && declared->kind != TC_COROUTINE && !tc_is_unknown(declared)) {
        tc_check_not_coroutine(tc, value, s->annassign.value);
    }
    tc_env_set(tc, &tc->env, target->name, tc_is_unknown(declared) ? value : declared);
}

static void check_augassign(Checker *tc, const AstStmt *s) {
    const AstExpr *target = s->augassign.target;
    const TcType *l = tc_infer(tc, target);
    const TcType *r = tc_infer(tc, s->augassign.value);
    AstExpr whole = *target;
    whole.span.end_line = s->augassign.value->span.end_line;
    whole.span.end_col = s->augassign.value->span.end_col;
    const TcType *t;
    TcBuiltin lb = tc_builtin_of(l);
    AstBinOp op = (AstBinOp)s->augassign.op;
    if ((lb == TC_CLS_LIST && op == AST_OP_ADD) || (lb == TC_CLS_DICT && op == AST_OP_BITOR)) {
        // list += iterable extends, dict |= pairs updates: any iterable is fine in place
        t = tc_builtin_of(r) == lb ? tc_binop_type(tc, &whole, op, l, r, target, s->augassign.value)
                                   : tc_instance(tc->arena, l->cls, NULL, 0);
    } else {
        t = tc_binop_type(tc, &whole, op, l, r, target, s->augassign.value);
    }
    if (target->kind == AST_NAME) tc_env_rebind(tc, &tc->env, target->name, t);
}

static void check_return(Checker *tc, const AstStmt *s) {
    const TcType *t = s->value ? tc_infer(tc, s->value) : &tc_none;
    const TcScope *sc = tc->scope;
    tc->env.dead = true;
    if (!sc->def || !sc->ret || sc->is_generator || tc_is_unknown(t)) return;
    const AstExpr *at = s->value;
    if (t->kind == TC_COROUTINE && sc->ret->kind != TC_COROUTINE && at) {
        tc_check_not_coroutine(tc, t, at);
        return;
    }
    if (tc_assignable(t, sc->ret)) return;
    for (uint16_t k = 0; t->kind == TC_UNION && k < t->nargs; k++) {
        if (tc_assignable(t->args[k], sc->ret)) return;  // the branch that runs may fit
    }
    tc_report(tc, at ? at->span : s->span, "return-type",
              "%s() is declared to return %s, but this returns %s", sc->def->funcdef.name,
              tc_type_text(tc, sc->ret), tc_type_text(tc, t));
}

// ---- imports ------------------------------------------------------------------------------------

static const char *module_list(Checker *tc) {
    char buf[256] = "";
    size_t at = 0;
    const char *names[TC_MAX_MODULES];
    uint32_t n = tc->stubs->module_count;
    for (uint32_t k = 0; k < n; k++) names[k] = tc->stubs->modules[k]->name;
    for (uint32_t i = 1; i < n; i++) {  // sorted, for a stable message
        for (uint32_t j = i; j > 0 && strcmp(names[j - 1], names[j]) > 0; j--) {
            const char *t = names[j];
            names[j] = names[j - 1];
            names[j - 1] = t;
        }
    }
    for (uint32_t k = 0; k < n && at < sizeof buf; k++) {
        at += (size_t)snprintf(buf + at, sizeof buf - at, "%s%s", k ? ", " : "", names[k]);
    }
    const char *s = arena_strndup(tc->arena, buf, strlen(buf));
    return s ? s : "";
}

static void report_unknown_module(Checker *tc, Span span, const char *name) {
    if (tc->import_guarded) return;  // try: import x / except ImportError: the script copes
    tc_report(tc, span, "unknown-module",
              "moat has no module '%s'; it provides %s. Reach files, the network and other "
              "services through the host's tools (the functions declared in its stubs)",
              name, module_list(tc));
}

static const TcType *module_type(Checker *tc, const TcModule *m) {
    TcType *t = (TcType *)tc_make(tc->arena, TC_MODULE, NULL, 0);
    if (t != &tc_unknown) t->mod = m;
    return t;
}

static void check_import(Checker *tc, const AstStmt *s) {
    for (uint32_t k = 0; k < s->import.count; k++) {
        const AstAlias *al = &s->import.names[k];
        const TcModule *m = tc_stubs_module(tc->stubs, al->name);
        if (!m) report_unknown_module(tc, al->span, al->name);
        if (al->bound != al->name && !al->asname) m = tc_stubs_module(tc->stubs, al->bound);  // import a.b
        tc_env_set(tc, &tc->env, al->bound, m ? module_type(tc, m) : &tc_unknown);
    }
}

static void check_import_from(Checker *tc, const AstStmt *s) {
    const TcModule *m = NULL;
    if (s->import.level == 0 && s->import.module) {
        m = tc_stubs_module(tc->stubs, s->import.module);
        if (!m) report_unknown_module(tc, s->span, s->import.module);
    } else {
        tc_report(tc, s->span, "unknown-module",
                  "a moat script is a single file: there is nothing to import relatively");
    }
    for (uint32_t k = 0; k < s->import.count; k++) {
        const AstAlias *al = &s->import.names[k];
        if (strcmp(al->name, "*") == 0) {  // the module's public names, as the run binds them
            for (uint32_t j = 0; m && j < m->members.count; j++) {
                const TcEntry *e = tc_table_get(&m->members, m->members.order[j]);
                if (e->name[0] != '_') tc_env_set(tc, &tc->env, e->name, e->type);
            }
            continue;
        }
        const TcEntry *e = m ? tc_table_get(&m->members, al->name) : NULL;
        if (m && !e && !tc->import_guarded) {
            tc_report(tc, al->span, "unknown-attribute", "cannot import name '%s' from '%s'%s",
                      al->name, m->name,
                      tc_did_you_mean(tc, al->name, m->members.order, m->members.count));
        }
        tc_env_set(tc, &tc->env, al->asname ? al->asname : al->name, e ? e->type : &tc_unknown);
    }
}

// ---- functions ----------------------------------------------------------------------------------

static void queue_function(Checker *tc, const AstStmt *s) {
    if (tc->quiet) return;  // the loud pass queues it
    if (tc->pending_count == tc->pending_cap) {
        uint32_t cap = tc->pending_cap ? tc->pending_cap * 2 : 16;
        const AstStmt **p = arena_calloc(tc->arena, cap, sizeof *p);
        TcScope **sc = arena_calloc(tc->arena, cap, sizeof *sc);
        if (!p || !sc) {
            tc->oom = true;
            return;
        }
        if (tc->pending_count) {
            memcpy(p, tc->pending, tc->pending_count * sizeof *p);
            memcpy(sc, tc->pending_parent, tc->pending_count * sizeof *sc);
        }
        tc->pending = p;
        tc->pending_parent = sc;
        tc->pending_cap = cap;
    }
    tc->pending[tc->pending_count] = s;
    tc->pending_parent[tc->pending_count++] = tc->scope;
}

static void infer_defaults(Checker *tc, const AstArguments *a) {
    for (uint32_t k = 0; k < a->default_count; k++) tc_infer(tc, a->defaults[k]);
    for (uint32_t k = 0; k < a->kwonly_count; k++) {
        if (a->kw_defaults[k]) tc_infer(tc, a->kw_defaults[k]);
    }
}

static void check_function_def(Checker *tc, const AstStmt *s) {
    for (uint32_t k = 0; k < s->funcdef.decorators.count; k++) tc_infer(tc, s->funcdef.decorators.items[k]);
    infer_defaults(tc, s->funcdef.args);
    const TcType *t = &tc_unknown;
    if (!s->funcdef.decorators.count) {
        TcResolver rs = tc_resolver(tc);
        TcFunc *f = tc_func_from_def(&rs, s, 0);
        if (f) t = tc_func(tc->arena, f, NULL);
    }
    tc_env_set(tc, &tc->env, s->funcdef.name, t);
    queue_function(tc, s);
}

static const TcType *param_type(Checker *tc, const AstArg *a) {
    return a->annotation ? tc_annotation(tc, a->annotation) : &tc_unknown;
}

static void bind_params(Checker *tc, const AstArguments *a) {
    for (uint32_t k = 0; k < a->arg_count; k++) tc_env_set(tc, &tc->env, a->args[k].name, param_type(tc, &a->args[k]));
    if (a->vararg) {
        TcType *t = (TcType *)tc_builtin1(tc, TC_CLS_TUPLE, param_type(tc, a->vararg));
        if (t != &tc_unknown) t->tuple_var = true;
        tc_env_set(tc, &tc->env, a->vararg->name, t);
    }
    for (uint32_t k = 0; k < a->kwonly_count; k++) {
        tc_env_set(tc, &tc->env, a->kwonly[k].name, param_type(tc, &a->kwonly[k]));
    }
    if (a->kwarg) {
        const TcType *args[2] = {tc_builtin(tc, TC_CLS_STR), param_type(tc, a->kwarg)};
        tc_env_set(tc, &tc->env, a->kwarg->name,
                   tc_builtin_instance(tc->stubs, tc->arena, TC_CLS_DICT, args, 2));
    }
}

static void check_function_body(Checker *tc, const AstStmt *s, TcScope *parent) {
    TcScope *scope = tc_scope_new(tc, parent, s);
    if (!scope) return;
    if (s->funcdef.returns) {
        const TcType *r = tc_annotation(tc, s->funcdef.returns);
        scope->ret = tc_is_unknown(r) ? NULL : r;
    }
    TcScope *saved_scope = tc->scope;
    TcEnv saved_env = tc->env;
    TcLoop *saved_loop = tc->loop;
    tc->scope = scope;
    tc->loop = NULL;
    tc_env_init(&tc->env);
    bind_params(tc, s->funcdef.args);
    tc_check_body(tc, &s->funcdef.body);
    tc->scope = saved_scope;
    tc->env = saved_env;
    tc->loop = saved_loop;
}

// The class body itself is not followed (its names are not the methods' scope, decorators and
// defaults may use them); the methods' bodies are checked like functions of the enclosing
// scope, with self and whatever the script's own classes give as unknown.
static void queue_methods(Checker *tc, const AstStmtList *body, uint32_t depth) {
    if (depth > TC_MAX_DEPTH_C) return;
    for (uint32_t k = 0; k < body->count; k++) {
        const AstStmt *st = body->items[k];
        if (st->kind == AST_FUNCTIONDEF) queue_function(tc, st);
        else if (st->kind == AST_CLASSDEF) queue_methods(tc, &st->classdef.body, depth + 1);
    }
}

static void check_class_def(Checker *tc, const AstStmt *s) {
    for (uint32_t k = 0; k < s->classdef.bases.count; k++) tc_infer(tc, s->classdef.bases.items[k]);
    tc_env_set(tc, &tc->env, s->classdef.name, &tc_unknown);
    queue_methods(tc, &s->classdef.body, 0);
}

// ---- branches and loops -------------------------------------------------------------------------

static bool is_constant_true(const AstExpr *e) {
    return e->kind == AST_CONST && (e->constant.kind == AST_CONST_TRUE ||
                                    (e->constant.kind == AST_CONST_INT && e->constant.i != 0));
}

// A coroutine tested for truth is always true: the call was meant to be awaited.
static void check_test(Checker *tc, const AstExpr *test) {
    const TcType *t = tc_infer(tc, test);
    if (t->kind == TC_COROUTINE) tc_check_not_coroutine(tc, t, test);
}

// `if TYPE_CHECKING:` never runs: its imports are for annotations.
static bool is_type_checking(const AstExpr *e) {
    const char *name = e->kind == AST_NAME ? e->name : e->kind == AST_ATTRIBUTE ? e->attribute.attr : NULL;
    return name && strcmp(name, "TYPE_CHECKING") == 0;
}

static void check_if(Checker *tc, const AstStmt *s) {
    if (is_type_checking(s->while_.test)) {
        TcEnv orig = tc->env, ignored;
        tc->quiet++;
        body_from(tc, &orig, &s->while_.body, &ignored);
        tc->quiet--;
        tc->env = orig;
        tc_env_join(tc, &tc->env, &ignored);  // its names exist, as far as the checker cares
        tc_check_body(tc, &s->while_.orelse);
        return;
    }
    check_test(tc, s->while_.test);
    TcEnv orig = tc->env, start, then_env, else_env;
    tc_env_copy(tc, &start, &orig);
    tc_narrow(tc, &start, s->while_.test, true);
    body_from(tc, &start, &s->while_.body, &then_env);
    tc_env_copy(tc, &start, &orig);
    tc_narrow(tc, &start, s->while_.test, false);
    body_from(tc, &start, &s->while_.orelse, &else_env);
    tc->env = else_env;
    tc_env_join(tc, &tc->env, &then_env);
}

static void loop_body(Checker *tc, const AstStmt *s, const TcEnv *start, const TcType *elem,
                      TcLoop *loop, TcEnv *out) {
    tc_env_copy(tc, &tc->env, start);
    if (s->kind == AST_FOR) tc_assign_target(tc, s->for_.target, elem);
    else tc_narrow(tc, &tc->env, s->while_.test, true);
    loop->outer = tc->loop;
    tc_env_init(&loop->breaks);
    tc_env_init(&loop->continues);
    loop->breaks.dead = loop->continues.dead = true;
    tc->loop = loop;
    tc_check_body(tc, s->kind == AST_FOR ? &s->for_.body : &s->while_.body);
    tc_env_join(tc, &tc->env, &loop->continues);
    tc->loop = loop->outer;
    *out = tc->env;
}

// `for key, value in deal:` iterates over a TypedDict's keys, strings that cannot unpack into
// two names (unless every key has two characters).
static void check_dict_key_unpacking(Checker *tc, const TcType *it, const AstExpr *target) {
    if (it->kind != TC_TYPEDDICT || (target->kind != AST_TUPLE && target->kind != AST_LIST)) return;
    uint32_t n = target->elts.count;
    for (uint32_t k = 0; k < n; k++) {
        if (target->elts.items[k]->kind == AST_STARRED) return;
    }
    const TcTable *fields = &it->td->fields;
    bool all_fit = fields->count > 0;
    for (uint32_t k = 0; k < fields->count; k++) all_fit &= strlen(fields->order[k]) == n;
    if (all_fit || !fields->count) return;
    tc_report(tc, target->span, "unpack-count",
              "iterating over '%s' gives its keys (strings), which do not unpack into %u names; "
              "iterate over .items() for keys and values", it->td->name, n);
}

static void check_loop(Checker *tc, const AstStmt *s) {
    bool is_for = s->kind == AST_FOR;
    const TcType *elem = &tc_unknown;
    if (is_for) {
        const TcType *it = tc_infer(tc, s->for_.iter);
        if (!s->for_.is_async) elem = tc_iter_elem(tc, it, s->for_.iter);
        check_dict_key_unpacking(tc, it, s->for_.target);
    } else {
        check_test(tc, s->while_.test);
    }
    TcEnv entry, end;
    tc_env_copy(tc, &entry, &tc->env);
    TcLoop loop;
    if (!tc->quiet) {
        // a quiet first pass learns the types the body gives names on later iterations
        tc->quiet++;
        loop_body(tc, s, &entry, elem, &loop, &end);
        tc->quiet--;
        tc_env_join(tc, &entry, &end);
    }
    loop_body(tc, s, &entry, elem, &loop, &end);
    TcEnv exit;
    tc_env_copy(tc, &exit, &entry);
    tc_env_join(tc, &exit, &end);
    if (!is_for) {
        tc_narrow(tc, &exit, s->while_.test, false);
        if (is_constant_true(s->while_.test)) exit.dead = true;
    }
    tc->env = exit;
    tc_check_body(tc, is_for ? &s->for_.orelse : &s->while_.orelse);
    tc_env_join(tc, &tc->env, &loop.breaks);
}

static void check_jump(Checker *tc, bool is_break) {
    if (tc->loop) tc_env_join(tc, is_break ? &tc->loop->breaks : &tc->loop->continues, &tc->env);
    tc->env.dead = true;
}

static bool catches_import_error(const AstExpr *type, uint32_t depth) {
    if (!type) return true;  // a bare except
    if (type->kind == AST_TUPLE && depth == 0) {
        for (uint32_t k = 0; k < type->elts.count; k++) {
            if (catches_import_error(type->elts.items[k], depth + 1)) return true;
        }
        return false;
    }
    static const char *const names[] = {"ImportError", "ModuleNotFoundError", "Exception",
                                        "BaseException"};
    for (size_t k = 0; type->kind == AST_NAME && k < sizeof names / sizeof *names; k++) {
        if (strcmp(type->name, names[k]) == 0) return true;
    }
    return false;
}

static bool guards_imports(const AstStmt *s) {
    for (uint32_t k = 0; k < s->try_.handler_count; k++) {
        if (catches_import_error(s->try_.handlers[k].type, 0)) return true;
    }
    return false;
}

static void check_try(Checker *tc, const AstStmt *s) {
    TcEnv entry, handler_start, result;
    tc_env_copy(tc, &entry, &tc->env);
    bool guarded = guards_imports(s);
    tc->import_guarded += guarded;
    tc_check_body(tc, &s->try_.body);
    tc->import_guarded -= guarded;
    // an exception may come from any point of the body
    tc_env_copy(tc, &handler_start, &entry);
    tc_env_join(tc, &handler_start, &tc->env);
    tc_check_body(tc, &s->try_.orelse);
    result = tc->env;
    for (uint32_t k = 0; k < s->try_.handler_count; k++) {
        const AstHandler *h = &s->try_.handlers[k];
        tc_env_copy(tc, &tc->env, &handler_start);
        if (h->type) tc_infer(tc, h->type);
        if (h->name) tc_env_set(tc, &tc->env, h->name, &tc_unknown);
        tc_check_body(tc, &h->body);
        tc_env_join(tc, &result, &tc->env);
    }
    if (s->try_.finalbody.count) {
        bool dead = result.dead;
        tc_env_join(tc, &result, &handler_start);
        tc->env = result;
        tc_check_body(tc, &s->try_.finalbody);
        if (dead) tc->env.dead = true;
        return;
    }
    tc->env = result;
}

// A pattern's captured names: the checker does not follow patterns yet, so they are unknown.
static void bind_pattern(Checker *tc, const AstPattern *p, uint32_t depth) {
    if (!p || depth > TC_MAX_DEPTH_C) return;
    switch (p->kind) {
    case AST_PAT_AS:
        if (p->as.name) tc_env_set(tc, &tc->env, p->as.name, &tc_unknown);
        bind_pattern(tc, p->as.pattern, depth + 1);
        break;
    case AST_PAT_STAR:
        if (p->star_name) tc_env_set(tc, &tc->env, p->star_name, &tc_unknown);
        break;
    case AST_PAT_SEQUENCE:
    case AST_PAT_OR:
        for (uint32_t k = 0; k < p->patterns.count; k++) bind_pattern(tc, p->patterns.items[k], depth + 1);
        break;
    case AST_PAT_MAPPING:
        if (p->mapping.rest) tc_env_set(tc, &tc->env, p->mapping.rest, &tc_unknown);
        for (uint32_t k = 0; k < p->mapping.patterns.count; k++) {
            bind_pattern(tc, p->mapping.patterns.items[k], depth + 1);
        }
        break;
    case AST_PAT_CLASS:
        tc_infer(tc, p->cls.cls);
        for (uint32_t k = 0; k < p->cls.patterns.count; k++) bind_pattern(tc, p->cls.patterns.items[k], depth + 1);
        for (uint32_t k = 0; k < p->cls.kwd_patterns.count; k++) {
            bind_pattern(tc, p->cls.kwd_patterns.items[k], depth + 1);
        }
        break;
    case AST_PAT_VALUE: tc_infer(tc, p->value); break;
    default: break;
    }
}

// True when the pattern cannot match None: the subject is then not None in the case's body.
static bool excludes_none(const AstPattern *p, uint32_t depth) {
    if (!p || depth > TC_MAX_DEPTH_C) return false;
    switch (p->kind) {
    case AST_PAT_SEQUENCE:
    case AST_PAT_MAPPING: return true;
    case AST_PAT_CLASS:  // object() and type(None)'s class match None; a named class does not
        return p->cls.cls->kind == AST_NAME && strcmp(p->cls.cls->name, "object") != 0;
    case AST_PAT_VALUE: return p->value->kind == AST_CONST;  // a str or number literal
    case AST_PAT_SINGLETON: return p->value->constant.kind != AST_CONST_NONE;
    case AST_PAT_AS: return excludes_none(p->as.pattern, depth + 1);
    case AST_PAT_OR:
        for (uint32_t k = 0; k < p->patterns.count; k++) {
            if (!excludes_none(p->patterns.items[k], depth + 1)) return false;
        }
        return p->patterns.count > 0;
    default: return false;
    }
}

static void narrow_subject(Checker *tc, const AstExpr *subject, const AstPattern *p) {
    if (subject->kind != AST_NAME || !excludes_none(p, 0)) return;
    const TcType *t = tc_env_get(&tc->env, subject->name);
    const TcType *rest = t && tc_may_be_none(t) ? tc_without_none(tc->arena, t) : NULL;
    if (rest) tc_env_set(tc, &tc->env, subject->name, rest);
}

static void check_match(Checker *tc, const AstStmt *s) {
    tc_infer(tc, s->match.subject);
    TcEnv entry, result;
    tc_env_copy(tc, &entry, &tc->env);
    tc_env_copy(tc, &result, &entry);  // no case may match
    for (uint32_t k = 0; k < s->match.count; k++) {
        const AstMatchCase *c = &s->match.cases[k];
        tc_env_copy(tc, &tc->env, &entry);
        narrow_subject(tc, s->match.subject, c->pattern);
        bind_pattern(tc, c->pattern, 0);
        if (c->guard) {
            tc_infer(tc, c->guard);
            tc_narrow(tc, &tc->env, c->guard, true);
        }
        tc_check_body(tc, &c->body);
        tc_env_join(tc, &result, &tc->env);
    }
    tc->env = result;
}

static void check_with(Checker *tc, const AstStmt *s) {
    for (uint32_t k = 0; k < s->with.count; k++) {
        tc_infer(tc, s->with.items[k].context);
        if (s->with.items[k].target) tc_assign_target(tc, s->with.items[k].target, &tc_unknown);
    }
    tc_check_body(tc, &s->with.body);
}

static void check_stmt(Checker *tc, const AstStmt *s) {
    if (tc->depth > TC_MAX_DEPTH_C) return;  // guard: C recursion over nested blocks
    tc->depth++;
    switch ((AstStmtKind)s->kind) {
    case AST_EXPR: check_expr_statement(tc, s); break;
    case AST_ASSIGN: {
        const TcType *t = tc_infer(tc, s->assign.value);
        for (uint32_t k = 0; k < s->assign.targets.count; k++) tc_assign_target(tc, s->assign.targets.items[k], t);
        break;
    }
    case AST_ANNASSIGN: check_annassign(tc, s); break;
    case AST_AUGASSIGN: check_augassign(tc, s); break;
    case AST_RETURN: check_return(tc, s); break;
    case AST_DELETE:
        for (uint32_t k = 0; k < s->targets.count; k++) {
            const AstExpr *t = s->targets.items[k];
            if (t->kind == AST_NAME) tc_env_rebind(tc, &tc->env, t->name, &tc_unknown);
            else tc_infer(tc, t);
            if (t->kind == AST_SUBSCRIPT && t->subscript.value->kind == AST_NAME) {
                tc_env_drop_paths(&tc->env, t->subscript.value->name);
            }
        }
        break;
    case AST_IF: check_if(tc, s); break;
    case AST_WHILE:
    case AST_FOR: check_loop(tc, s); break;
    case AST_BREAK: check_jump(tc, true); break;
    case AST_CONTINUE: check_jump(tc, false); break;
    case AST_TRY: check_try(tc, s); break;
    case AST_WITH: check_with(tc, s); break;
    case AST_MATCH: check_match(tc, s); break;
    case AST_RAISE:
        if (s->raise.exc) tc_infer(tc, s->raise.exc);
        if (s->raise.cause) tc_infer(tc, s->raise.cause);
        tc->env.dead = true;
        break;
    case AST_ASSERT:
        check_test(tc, s->assert_.test);
        if (s->assert_.msg) tc_infer(tc, s->assert_.msg);
        tc_narrow(tc, &tc->env, s->assert_.test, true);
        break;
    case AST_IMPORT: check_import(tc, s); break;
    case AST_IMPORTFROM: check_import_from(tc, s); break;
    case AST_FUNCTIONDEF: check_function_def(tc, s); break;
    case AST_CLASSDEF: check_class_def(tc, s); break;
    case AST_GLOBAL:
    case AST_NONLOCAL:
        for (uint32_t k = 0; k < s->names.count; k++) tc_env_set(tc, &tc->env, s->names.items[k], &tc_unknown);
        break;
    case AST_TYPEALIAS: tc_assign_target(tc, s->typealias.name, &tc_unknown); break;
    default: break;
    }
    tc->depth--;
}

// ---- the module ---------------------------------------------------------------------------------


bool tc_check_module(const TcStubs *s, const AstModule *m, Arena *arena, DiagList *dl) {
    Checker tc = {.stubs = s, .arena = arena, .dl = dl};
    TcScope *ms = tc_scope_new(&tc, NULL, NULL);
    if (!ms) return false;
    ms->is_async = true;  // moat runs top-level await
    tc_scope_collect_module(&tc, ms, &m->body);
    tc_collect_own_types(&tc, &m->body);
    tc.scope = tc.module_scope = ms;
    tc_env_init(&tc.env);
    tc_check_body(&tc, &m->body);
    tc_env_copy(&tc, &ms->final, &tc.env);
    ms->final.dead = false;
    for (uint32_t k = 0; k < tc.pending_count && !tc.oom; k++) {
        check_function_body(&tc, tc.pending[k], tc.pending_parent[k]);
    }
    return !tc.oom;
}
