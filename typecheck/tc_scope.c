// Names: which a scope binds anywhere (decides undefined-name), the flow-sensitive environment
// of the current point, and the lookup of a name through scopes, the host's stubs and builtins.
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "parser/similar.h"
#include "typecheck/tc_check.h"

static void scope_add(Checker *tc, TcScope *s, AstIdent name) {
    for (uint32_t k = 0; k < s->count; k++) {
        if (s->names[k] == name) {
            if (s->counts[k] < UINT16_MAX) s->counts[k]++;
            return;
        }
    }
    if (s->count == s->cap) {
        uint32_t cap = s->cap ? s->cap * 2 : 16;
        AstIdent *names = arena_calloc(tc->arena, cap, sizeof *names);
        uint16_t *counts = arena_calloc(tc->arena, cap, sizeof *counts);
        if (!names || !counts) {
            tc->oom = true;
            return;
        }
        if (s->count) {
            memcpy(names, s->names, s->count * sizeof *names);
            memcpy(counts, s->counts, s->count * sizeof *counts);
        }
        s->names = names;
        s->counts = counts;
        s->cap = cap;
    }
    s->names[s->count] = name;
    s->counts[s->count++] = 1;
}

static void scope_add_global(Checker *tc, TcScope *s, AstIdent name) {
    if (s->global_count == s->global_cap) {
        uint32_t cap = s->global_cap ? s->global_cap * 2 : 8;
        AstIdent *g = arena_calloc(tc->arena, cap, sizeof *g);
        if (!g) {
            tc->oom = true;
            return;
        }
        if (s->global_count) memcpy(g, s->globals, s->global_count * sizeof *g);
        s->globals = g;
        s->global_cap = cap;
    }
    s->globals[s->global_count++] = name;
}

static void collect_expr(Checker *tc, TcScope *s, const AstExpr *e, int depth);

static void collect_target(Checker *tc, TcScope *s, const AstExpr *t, int depth) {
    if (!t || depth > TC_MAX_DEPTH_C) return;
    switch (t->kind) {
    case AST_NAME: scope_add(tc, s, t->name); break;
    case AST_TUPLE:
    case AST_LIST:
        for (uint32_t k = 0; k < t->elts.count; k++) collect_target(tc, s, t->elts.items[k], depth + 1);
        break;
    case AST_STARRED: collect_target(tc, s, t->value, depth + 1); break;
    default: collect_expr(tc, s, t, depth + 1); break;
    }
}

// Walrus targets bind in the enclosing function, even inside comprehensions; a generator's
// `yield` makes its function a generator.
static void collect_expr(Checker *tc, TcScope *s, const AstExpr *e, int depth) {
    if (!e || depth > TC_MAX_DEPTH_C) return;
    switch (e->kind) {
    case AST_NAMEDEXPR:
        collect_target(tc, s, e->named.target, depth + 1);
        collect_expr(tc, s, e->named.value, depth + 1);
        break;
    case AST_YIELD:
    case AST_YIELDFROM:
        s->is_generator = true;
        collect_expr(tc, s, e->value, depth + 1);
        break;
    case AST_BOOLOP:
    case AST_SET:
    case AST_LIST:
    case AST_TUPLE:
    case AST_FSTRING: {
        const AstExprList *l = e->kind == AST_BOOLOP ? &e->boolop.values : &e->elts;
        for (uint32_t k = 0; k < l->count; k++) collect_expr(tc, s, l->items[k], depth + 1);
        break;
    }
    case AST_BINOP:
        collect_expr(tc, s, e->binop.left, depth + 1);
        collect_expr(tc, s, e->binop.right, depth + 1);
        break;
    case AST_UNARYOP: collect_expr(tc, s, e->unary.operand, depth + 1); break;
    case AST_IFEXP:
        collect_expr(tc, s, e->ifexp.test, depth + 1);
        collect_expr(tc, s, e->ifexp.body, depth + 1);
        collect_expr(tc, s, e->ifexp.orelse, depth + 1);
        break;
    case AST_DICT:
        for (uint32_t k = 0; k < e->dict.count; k++) {
            collect_expr(tc, s, e->dict.keys[k], depth + 1);
            collect_expr(tc, s, e->dict.values[k], depth + 1);
        }
        break;
    case AST_LISTCOMP:
    case AST_SETCOMP:
    case AST_GENEXP:
    case AST_DICTCOMP:
        collect_expr(tc, s, e->comp.elt, depth + 1);
        collect_expr(tc, s, e->comp.value, depth + 1);
        for (uint32_t k = 0; k < e->comp.count; k++) {
            const AstComprehension *g = &e->comp.generators[k];
            collect_expr(tc, s, g->iter, depth + 1);
            for (uint32_t j = 0; j < g->ifs.count; j++) collect_expr(tc, s, g->ifs.items[j], depth + 1);
        }
        break;
    case AST_AWAIT:
    case AST_STARRED: collect_expr(tc, s, e->value, depth + 1); break;
    case AST_COMPARE:
        collect_expr(tc, s, e->compare.left, depth + 1);
        for (uint32_t k = 0; k < e->compare.count; k++) {
            collect_expr(tc, s, e->compare.comparators[k], depth + 1);
        }
        break;
    case AST_CALL:
        collect_expr(tc, s, e->call.func, depth + 1);
        for (uint32_t k = 0; k < e->call.args.count; k++) collect_expr(tc, s, e->call.args.items[k], depth + 1);
        for (uint32_t k = 0; k < e->call.keyword_count; k++) {
            collect_expr(tc, s, e->call.keywords[k].value, depth + 1);
        }
        break;
    case AST_FORMATTED: collect_expr(tc, s, e->formatted.value, depth + 1); break;
    case AST_ATTRIBUTE: collect_expr(tc, s, e->attribute.value, depth + 1); break;
    case AST_SUBSCRIPT:
        collect_expr(tc, s, e->subscript.value, depth + 1);
        collect_expr(tc, s, e->subscript.slice, depth + 1);
        break;
    default: break;
    }
}

static void collect_pattern(Checker *tc, TcScope *s, const AstPattern *p, int depth) {
    if (!p || depth > TC_MAX_DEPTH_C) return;
    switch (p->kind) {
    case AST_PAT_AS:
        if (p->as.name) scope_add(tc, s, p->as.name);
        collect_pattern(tc, s, p->as.pattern, depth + 1);
        break;
    case AST_PAT_STAR:
        if (p->star_name) scope_add(tc, s, p->star_name);
        break;
    case AST_PAT_SEQUENCE:
    case AST_PAT_OR:
        for (uint32_t k = 0; k < p->patterns.count; k++) collect_pattern(tc, s, p->patterns.items[k], depth + 1);
        break;
    case AST_PAT_MAPPING:
        if (p->mapping.rest) scope_add(tc, s, p->mapping.rest);
        for (uint32_t k = 0; k < p->mapping.patterns.count; k++) {
            collect_pattern(tc, s, p->mapping.patterns.items[k], depth + 1);
        }
        break;
    case AST_PAT_CLASS:
        for (uint32_t k = 0; k < p->cls.patterns.count; k++) collect_pattern(tc, s, p->cls.patterns.items[k], depth + 1);
        for (uint32_t k = 0; k < p->cls.kwd_patterns.count; k++) {
            collect_pattern(tc, s, p->cls.kwd_patterns.items[k], depth + 1);
        }
        break;
    default: break;
    }
}

static void collect_body(Checker *tc, TcScope *s, const AstStmtList *body, int depth);

static void collect_stmt(Checker *tc, TcScope *s, const AstStmt *st, int depth) {
    switch (st->kind) {
    case AST_FUNCTIONDEF:
        scope_add(tc, s, st->funcdef.name);
        for (uint32_t k = 0; k < st->funcdef.decorators.count; k++) {
            collect_expr(tc, s, st->funcdef.decorators.items[k], depth + 1);
        }
        break;
    case AST_CLASSDEF: scope_add(tc, s, st->classdef.name); break;
    case AST_RETURN:
    case AST_EXPR: collect_expr(tc, s, st->value, depth + 1); break;
    case AST_DELETE: break;
    case AST_ASSIGN:
        for (uint32_t k = 0; k < st->assign.targets.count; k++) {
            collect_target(tc, s, st->assign.targets.items[k], depth + 1);
        }
        collect_expr(tc, s, st->assign.value, depth + 1);
        break;
    case AST_TYPEALIAS: collect_target(tc, s, st->typealias.name, depth + 1); break;
    case AST_AUGASSIGN:
        collect_target(tc, s, st->augassign.target, depth + 1);
        collect_expr(tc, s, st->augassign.value, depth + 1);
        break;
    case AST_ANNASSIGN:
        collect_target(tc, s, st->annassign.target, depth + 1);
        collect_expr(tc, s, st->annassign.value, depth + 1);
        break;
    case AST_FOR:
        collect_target(tc, s, st->for_.target, depth + 1);
        collect_expr(tc, s, st->for_.iter, depth + 1);
        collect_body(tc, s, &st->for_.body, depth + 1);
        collect_body(tc, s, &st->for_.orelse, depth + 1);
        break;
    case AST_WHILE:
    case AST_IF:
        collect_expr(tc, s, st->while_.test, depth + 1);
        collect_body(tc, s, &st->while_.body, depth + 1);
        collect_body(tc, s, &st->while_.orelse, depth + 1);
        break;
    case AST_WITH:
        for (uint32_t k = 0; k < st->with.count; k++) {
            collect_expr(tc, s, st->with.items[k].context, depth + 1);
            collect_target(tc, s, st->with.items[k].target, depth + 1);
        }
        collect_body(tc, s, &st->with.body, depth + 1);
        break;
    case AST_MATCH:
        collect_expr(tc, s, st->match.subject, depth + 1);
        for (uint32_t k = 0; k < st->match.count; k++) {
            collect_pattern(tc, s, st->match.cases[k].pattern, depth + 1);
            collect_expr(tc, s, st->match.cases[k].guard, depth + 1);
            collect_body(tc, s, &st->match.cases[k].body, depth + 1);
        }
        break;
    case AST_TRY:
        collect_body(tc, s, &st->try_.body, depth + 1);
        for (uint32_t k = 0; k < st->try_.handler_count; k++) {
            const AstHandler *h = &st->try_.handlers[k];
            if (h->name) scope_add(tc, s, h->name);
            collect_body(tc, s, &h->body, depth + 1);
        }
        collect_body(tc, s, &st->try_.orelse, depth + 1);
        collect_body(tc, s, &st->try_.finalbody, depth + 1);
        break;
    case AST_IMPORT:
    case AST_IMPORTFROM:
        for (uint32_t k = 0; k < st->import.count; k++) {
            const AstAlias *al = &st->import.names[k];
            AstIdent n = al->bound;
            const TcModule *m = st->kind == AST_IMPORTFROM && strcmp(n, "*") == 0 && st->import.module
                                    ? tc_stubs_module(tc->stubs, st->import.module) : NULL;
            for (uint32_t j = 0; m && j < m->members.count; j++) {
                // from M import *: the module's public names
                if (m->members.order[j][0] != '_') scope_add(tc, s, m->members.order[j]);
            }
            scope_add(tc, s, n);
        }
        break;
    case AST_GLOBAL:
    case AST_NONLOCAL:
        for (uint32_t k = 0; k < st->names.count; k++) scope_add_global(tc, s, st->names.items[k]);
        break;
    case AST_ASSERT: collect_expr(tc, s, st->assert_.test, depth + 1); break;
    default: break;
    }
}

static void collect_body(Checker *tc, TcScope *s, const AstStmtList *body, int depth) {
    if (depth > TC_MAX_DEPTH_C) return;
    for (uint32_t k = 0; k < body->count; k++) collect_stmt(tc, s, body->items[k], depth);
}

static void collect_params(Checker *tc, TcScope *s, const AstArguments *a) {
    for (uint32_t k = 0; k < a->arg_count; k++) scope_add(tc, s, a->args[k].name);
    if (a->vararg) scope_add(tc, s, a->vararg->name);
    for (uint32_t k = 0; k < a->kwonly_count; k++) scope_add(tc, s, a->kwonly[k].name);
    if (a->kwarg) scope_add(tc, s, a->kwarg->name);
}

TcScope *tc_scope_new(Checker *tc, TcScope *parent, const AstStmt *def) {
    TcScope *s = arena_calloc(tc->arena, 1, sizeof *s);
    if (!s) {
        tc->oom = true;
        return NULL;
    }
    s->parent = parent;
    s->def = def;
    if (def) {
        s->is_async = def->funcdef.is_async;
        collect_params(tc, s, def->funcdef.args);
        collect_body(tc, s, &def->funcdef.body, 0);
    }
    return s;
}

// `global x` in a function binds x in the module, however deep the function.
static void collect_global_statements(Checker *tc, TcScope *module, const AstStmtList *body,
                                      int depth) {
    if (depth > TC_MAX_DEPTH_C) return;
    for (uint32_t k = 0; k < body->count; k++) {
        const AstStmt *st = body->items[k];
        switch (st->kind) {
        case AST_GLOBAL:
            for (uint32_t j = 0; j < st->names.count; j++) scope_add(tc, module, st->names.items[j]);
            break;
        case AST_FUNCTIONDEF: collect_global_statements(tc, module, &st->funcdef.body, depth + 1); break;
        case AST_CLASSDEF: collect_global_statements(tc, module, &st->classdef.body, depth + 1); break;
        case AST_FOR:
            collect_global_statements(tc, module, &st->for_.body, depth + 1);
            collect_global_statements(tc, module, &st->for_.orelse, depth + 1);
            break;
        case AST_WHILE:
        case AST_IF:
            collect_global_statements(tc, module, &st->while_.body, depth + 1);
            collect_global_statements(tc, module, &st->while_.orelse, depth + 1);
            break;
        case AST_WITH: collect_global_statements(tc, module, &st->with.body, depth + 1); break;
        case AST_TRY:
            collect_global_statements(tc, module, &st->try_.body, depth + 1);
            for (uint32_t j = 0; j < st->try_.handler_count; j++) {
                collect_global_statements(tc, module, &st->try_.handlers[j].body, depth + 1);
            }
            collect_global_statements(tc, module, &st->try_.orelse, depth + 1);
            collect_global_statements(tc, module, &st->try_.finalbody, depth + 1);
            break;
        case AST_MATCH:
            for (uint32_t j = 0; j < st->match.count; j++) {
                collect_global_statements(tc, module, &st->match.cases[j].body, depth + 1);
            }
            break;
        default: break;
        }
    }
}

void tc_scope_collect_module(Checker *tc, TcScope *s, const AstStmtList *body) {
    collect_body(tc, s, body, 0);
    collect_global_statements(tc, s, body, 0);
}

uint32_t tc_scope_bind_count(const TcScope *s, AstIdent name) {
    for (uint32_t k = 0; k < s->count; k++) {
        if (s->names[k] == name || strcmp(s->names[k], name) == 0) return s->counts[k];
    }
    return 0;
}

bool tc_scope_binds(const TcScope *s, AstIdent name) {
    return tc_scope_bind_count(s, name) > 0;
}

bool tc_scope_is_global(const TcScope *s, AstIdent name) {
    for (uint32_t k = 0; k < s->global_count; k++) {
        if (strcmp(s->globals[k], name) == 0) return true;
    }
    return false;
}

// ---- environments -----------------------------------------------------------------------------

void tc_env_init(TcEnv *e) {
    memset(e, 0, sizeof *e);
}

static bool env_reserve(Checker *tc, TcEnv *e, uint32_t need) {
    if (need <= e->cap) return true;
    uint32_t cap = e->cap ? e->cap : 16;
    while (cap < need) cap *= 2;
    TcBinding *items = arena_calloc(tc->arena, cap, sizeof *items);
    if (!items) {
        tc->oom = true;
        return false;
    }
    if (e->count) memcpy(items, e->items, e->count * sizeof *items);
    e->items = items;
    e->cap = cap;
    return true;
}

bool tc_env_copy(Checker *tc, TcEnv *dst, const TcEnv *src) {
    tc_env_init(dst);
    dst->dead = src->dead;
    if (!env_reserve(tc, dst, src->count)) return false;
    if (src->count) memcpy(dst->items, src->items, src->count * sizeof *src->items);
    dst->count = src->count;
    return true;
}

static TcBinding *env_find_path(const TcEnv *e, AstIdent name, const char *key) {
    for (uint32_t k = e->count; k-- > 0;) {
        const TcBinding *b = &e->items[k];
        if (b->name != name || (b->key == NULL) != (key == NULL)) continue;
        if (!key || strcmp(b->key, key) == 0) return &e->items[k];
    }
    return NULL;
}

static TcBinding *env_find(const TcEnv *e, AstIdent name) {
    return env_find_path(e, name, NULL);
}

const TcType *tc_env_get(const TcEnv *e, AstIdent name) {
    const TcBinding *b = env_find(e, name);
    return b ? b->type : NULL;
}

const TcType *tc_env_get_path(const TcEnv *e, AstIdent name, const char *key) {
    const TcBinding *b = env_find_path(e, name, key);
    return b ? b->type : NULL;
}

static void env_push_path(Checker *tc, TcEnv *e, AstIdent name, const char *key, const TcType *type) {
    if (!env_reserve(tc, e, e->count + 1)) return;
    e->items[e->count++] = (TcBinding){name, type, key};
}

void tc_env_push(Checker *tc, TcEnv *e, AstIdent name, const TcType *type) {
    env_push_path(tc, e, name, NULL, type);
}

void tc_env_set_path(Checker *tc, TcEnv *e, AstIdent name, const char *key, const TcType *type) {
    TcBinding *b = env_find_path(e, name, key);
    if (b) b->type = type;
    else env_push_path(tc, e, name, key, type);
}

void tc_env_set(Checker *tc, TcEnv *e, AstIdent name, const TcType *type) {
    tc_env_set_path(tc, e, name, NULL, type);
}

void tc_env_drop_paths(TcEnv *e, AstIdent name) {
    uint32_t keep = 0;
    for (uint32_t k = 0; k < e->count; k++) {
        if (e->items[k].name == name && e->items[k].key) continue;
        e->items[keep++] = e->items[k];
    }
    e->count = keep;
}

bool tc_env_has_paths(const TcEnv *e, AstIdent name) {
    for (uint32_t k = 0; k < e->count; k++) {
        if (e->items[k].name == name && e->items[k].key) return true;
    }
    return false;
}

void tc_env_rebind(Checker *tc, TcEnv *e, AstIdent name, const TcType *type) {
    tc_env_set(tc, e, name, type);
    tc_env_drop_paths(e, name);
}

void tc_env_join(Checker *tc, TcEnv *dst, const TcEnv *src) {
    if (src->dead) return;
    if (dst->dead) {
        tc_env_copy(tc, dst, src);
        return;
    }
    uint32_t keep = 0;
    for (uint32_t k = 0; k < dst->count; k++) {
        TcBinding b = dst->items[k];
        const TcBinding *other = env_find_path(src, b.name, b.key);
        // a key narrowed on one side only is not narrowed after the join
        if (!other && b.key) continue;
        if (other) b.type = tc_join(tc->arena, b.type, other->type);
        dst->items[keep++] = b;
    }
    dst->count = keep;
    for (uint32_t k = 0; k < src->count; k++) {
        const TcBinding *b = &src->items[k];
        if (b->key || env_find_path(dst, b->name, NULL)) continue;
        tc_env_push(tc, dst, b->name, b->type);
    }
}

// ---- lookup -----------------------------------------------------------------------------------

// Python builtins moat does not provide: a script using one cannot run.
static const char *const missing_builtins[] = {
    "aiter", "anext", "breakpoint", "bytearray", "classmethod", "compile",
    "copyright", "credits", "dir", "eval", "exec", "exit", "globals", "help", "input", "license",
    "locals", "memoryview", "open", "property", "quit", "staticmethod", "super", "vars",
    "__import__",
};

static bool is_missing_builtin(const char *name) {
    for (size_t k = 0; k < sizeof missing_builtins / sizeof *missing_builtins; k++) {
        if (strcmp(missing_builtins[k], name) == 0) return true;
    }
    return false;
}

void tc_report(Checker *tc, Span span, const char *code, const char *fmt, ...) {
    if (tc->quiet) return;
    va_list ap;
    va_start(ap, fmt);
    if (!diag_addv(tc->dl, DIAG_PHASE_CHECK, span, code, NULL, fmt, ap)) tc->oom = true;
    va_end(ap);
}

const char *tc_did_you_mean(Checker *tc, const char *name, const char *const *names, uint32_t n) {
    Similar sim;
    similar_init(&sim, name, strlen(name));
    for (uint32_t k = 0; k < n; k++) similar_consider(&sim, names[k], strlen(names[k]));
    if (!sim.pick) return "";
    char buf[160];
    snprintf(buf, sizeof buf, "; did you mean '%.*s'?", (int)sim.pick_len, sim.pick);
    const char *s = arena_strndup(tc->arena, buf, strlen(buf));
    return s ? s : "";
}

static void consider_table(Similar *sim, const TcTable *t) {
    for (uint32_t k = 0; k < t->count; k++) {
        if (t->order[k][0] != '_') similar_consider(sim, t->order[k], strlen(t->order[k]));
    }
}

static void report_undefined(Checker *tc, AstIdent name, Span span) {
    if (is_missing_builtin(name)) {
        tc_report(tc, span, "undefined-name",
                  "name '%s' is a Python builtin that moat does not provide; the host's tools "
                  "(functions in its stubs) are the way to reach the outside world", name);
        return;
    }
    if (tc_stubs_module(tc->stubs, name)) {
        tc_report(tc, span, "undefined-name", "name '%s' is not defined; did you forget 'import %s'?",
                  name, name);
        return;
    }
    Similar sim;
    similar_init(&sim, name, strlen(name));
    for (const TcScope *s = tc->scope; s; s = s->parent) {
        for (uint32_t k = 0; k < s->count; k++) similar_consider(&sim, s->names[k], strlen(s->names[k]));
    }
    consider_table(&sim, &tc->stubs->host.members);
    consider_table(&sim, &tc->stubs->builtins.members);
    if (sim.pick) {
        tc_report(tc, span, "undefined-name", "name '%s' is not defined; did you mean '%.*s'?",
                  name, (int)sim.pick_len, sim.pick);
    } else {
        tc_report(tc, span, "undefined-name", "name '%s' is not defined", name);
    }
}

// A module-level name seen from inside a function: trusted only when bound once, and not None
// (the function may be defined or called only where a test found it was not).
static const TcType *module_global(Checker *tc, AstIdent name) {
    const TcScope *m = tc->module_scope;
    if (tc_scope_bind_count(m, name) != 1) return &tc_unknown;
    const TcType *t = tc_env_get(&m->final, name);
    if (!t || t->kind == TC_NONE) return &tc_unknown;
    const TcType *rest = tc_may_be_none(t) ? tc_without_none(tc->arena, t) : t;
    return rest ? rest : &tc_unknown;
}

const TcType *tc_lookup_name(Checker *tc, AstIdent name, Span span) {
    const TcType *t = tc_env_get(&tc->env, name);
    if (t) return t;
    const TcScope *s = tc->scope;
    if (tc_scope_is_global(s, name)) return &tc_unknown;
    if (tc_scope_binds(s, name)) return &tc_unknown;  // bound on another path
    for (const TcScope *up = s->parent; up; up = up->parent) {
        if (!tc_scope_binds(up, name)) continue;
        return up == tc->module_scope ? module_global(tc, name) : &tc_unknown;
    }
    const TcEntry *e = tc_table_get(&tc->stubs->host.members, name);
    if (!e) e = tc_table_get(&tc->stubs->builtins.members, name);
    if (e) return e->type;
    if (strncmp(name, "__", 2) == 0) return &tc_unknown;  // __name__, __doc__, ...
    report_undefined(tc, name, span);
    return &tc_unknown;
}

// ---- the script's own type names ----------------------------------------------------------------

static void add_own_type(Checker *tc, const char *name) {
    if (tc->own_type_count == tc->own_type_cap) {
        uint32_t cap = tc->own_type_cap ? tc->own_type_cap * 2 : 16;
        const char **names = arena_calloc(tc->arena, cap, sizeof *names);
        if (!names) {
            tc->oom = true;
            return;
        }
        if (tc->own_type_count) memcpy(names, tc->own_types, tc->own_type_count * sizeof *names);
        tc->own_types = names;
        tc->own_type_cap = cap;
    }
    tc->own_types[tc->own_type_count++] = name;
}

static void collect_classes(Checker *tc, const AstStmtList *body, int depth) {
    if (depth > TC_MAX_DEPTH_C) return;
    for (uint32_t k = 0; k < body->count; k++) {
        const AstStmt *st = body->items[k];
        switch (st->kind) {
        case AST_CLASSDEF:
            add_own_type(tc, st->classdef.name);
            collect_classes(tc, &st->classdef.body, depth + 1);
            break;
        case AST_FUNCTIONDEF: collect_classes(tc, &st->funcdef.body, depth + 1); break;
        case AST_FOR:
            collect_classes(tc, &st->for_.body, depth + 1);
            collect_classes(tc, &st->for_.orelse, depth + 1);
            break;
        case AST_WHILE:
        case AST_IF:
            collect_classes(tc, &st->while_.body, depth + 1);
            collect_classes(tc, &st->while_.orelse, depth + 1);
            break;
        case AST_WITH: collect_classes(tc, &st->with.body, depth + 1); break;
        case AST_TRY:
            collect_classes(tc, &st->try_.body, depth + 1);
            for (uint32_t j = 0; j < st->try_.handler_count; j++) {
                collect_classes(tc, &st->try_.handlers[j].body, depth + 1);
            }
            collect_classes(tc, &st->try_.orelse, depth + 1);
            collect_classes(tc, &st->try_.finalbody, depth + 1);
            break;
        default: break;
        }
    }
}

void tc_collect_own_types(Checker *tc, const AstStmtList *body) {
    collect_classes(tc, body, 0);
    for (uint32_t k = 0; k < body->count; k++) {
        const AstStmt *st = body->items[k];
        if (st->kind == AST_TYPEALIAS && st->typealias.name->kind == AST_NAME) {
            add_own_type(tc, st->typealias.name->name);
        }
        if (st->kind != AST_ASSIGN) continue;
        for (uint32_t j = 0; j < st->assign.targets.count; j++) {
            const AstExpr *t = st->assign.targets.items[j];
            if (t->kind == AST_NAME) add_own_type(tc, t->name);
        }
    }
}

TcResolver tc_resolver(Checker *tc) {
    return (TcResolver){.arena = tc->arena, .stubs = tc->stubs, .shadowed = tc->own_types,
                        .shadowed_count = tc->own_type_count};
}
