// The context rules of CPython's symbol table and compiler, as one walk over the AST:
// return/yield/await/break/continue placement, global/nonlocal declarations, parameters.
#include <string.h>

#include "parser/syntax_rules.h"
#include "parser/syntax_match.h"

typedef enum ScopeKind { SC_MODULE, SC_FUNCTION, SC_LAMBDA, SC_CLASS, SC_COMPREHENSION } ScopeKind;

typedef struct Scope Scope;
struct Scope {
    ScopeKind kind;
    bool is_async;
    const char *comp_name;  // "list comprehension", ... for SC_COMPREHENSION
    const AstStmt *def;     // the FunctionDef of a function scope
    Scope *parent;
    // names used or bound so far in this scope, for "used prior to global declaration"
    AstIdent *seen;
    uint8_t *seen_how;  // a NoteHow
    uint32_t seen_count, seen_cap;
    uint32_t decl_count;       // global/nonlocal declarations among them
    const AstStmt *value_return;  // first `return value` of an async def
    bool is_generator;
    bool is_coroutine;  // a comprehension with `async for` or `await` in it
};

typedef struct Rules {
    DiagList *dl;
    Arena *arena;
    Scope *scope;
    uint32_t loops;  // enclosing loops within the current function
    // inside an except* body of the current function: break and continue may not leave it
    // (loops started there are fine), return may not appear at all
    bool in_star;
    uint32_t star_loops;  // r->loops where that except* body began
    uint32_t comp_iter;   // inside a comprehension's iterable expressions
    const char *annot;    // inside an annotation scope: "an annotation", "a type alias", ...
    uint32_t depth;
    bool oom;
    bool future_ok;  // still at the top of the module, where __future__ imports may stand
    // a value the grammar reads as star_expressions (`x = *a`, `return *a`): a bare *x
    // there is the compiler's error; anywhere else, the parser's
    const AstExpr *star_value;
} Rules;

static void rules_stmts(Rules *r, AstStmtList body);
static void rules_expr(Rules *r, const AstExpr *e);

// An expression in a star_expressions position of the grammar.
static void rules_star_value(Rules *r, const AstExpr *e) {
    const AstExpr *saved = r->star_value;
    // `*a + 1` is *(a + 1) to CPython; tree-sitter puts the star on the left operand
    const AstExpr *lead = e;
    while (lead && lead->kind == AST_BINOP && !lead->parens) lead = lead->binop.left;
    r->star_value = lead && lead->kind == AST_STARRED ? lead : e;
    rules_expr(r, e);
    r->star_value = saved;
}
static void rules_namedexpr(Rules *r, const AstExpr *e);
static void rules_target(Rules *r, const AstExpr *t);
static void rules_annotation(Rules *r, const AstExpr *e, bool evaluated);

static void rule_error(Rules *r, DiagPhase phase, Span span, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static void rule_error(Rules *r, DiagPhase phase, Span span, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    if (!diag_addv(r->dl, phase, span, "syntax-error", "SyntaxError", fmt, ap)) r->oom = true;
    va_end(ap);
}

// The compiler's forbidden_name: nothing may bind __debug__.
static void rules_binds(Rules *r, AstIdent name, Span at) {
    if (name && strcmp(name, "__debug__") == 0) {
        rule_error(r, DIAG_PHASE_COMPILE, at, "cannot assign to __debug__");
    }
}

static void scope_note(Rules *r, AstIdent name, uint8_t how) {
    Scope *s = r->scope;
    if (s->seen_count == s->seen_cap) {
        uint32_t cap = s->seen_cap ? s->seen_cap * 2 : 16;
        AstIdent *seen = arena_alloc(r->arena, cap * sizeof *seen);
        uint8_t *hows = arena_alloc(r->arena, cap);
        if (!seen || !hows) {
            r->oom = true;
            return;
        }
        if (s->seen_count) {
            memcpy(seen, s->seen, s->seen_count * sizeof *seen);
            memcpy(hows, s->seen_how, s->seen_count);
        }
        s->seen = seen;
        s->seen_how = hows;
        s->seen_cap = cap;
    }
    s->seen[s->seen_count] = name;
    s->seen_how[s->seen_count++] = how;
}

// How a scope met a name. In a comprehension, NOTE_ASSIGNED marks an iteration variable.
enum NoteHow { NOTE_USED, NOTE_ASSIGNED, NOTE_WALRUS, NOTE_GLOBAL, NOTE_NONLOCAL };

static bool scope_has(const Scope *s, AstIdent name, uint8_t how) {
    for (uint32_t k = 0; k < s->seen_count; k++) {
        if (s->seen[k] == name && s->seen_how[k] == how) return true;
    }
    return false;
}

// NOTE_USED or NOTE_ASSIGNED for the first use or binding of name, or -1.
static int scope_seen(const Scope *s, AstIdent name) {
    for (uint32_t k = 0; k < s->seen_count; k++) {
        if (s->seen[k] == name && s->seen_how[k] <= NOTE_ASSIGNED) return s->seen_how[k];
    }
    return -1;
}

static bool args_have(const AstArguments *a, AstIdent name) {
    if (!a) return false;
    for (uint32_t k = 0; k < a->arg_count; k++) if (a->args[k].name == name) return true;
    for (uint32_t k = 0; k < a->kwonly_count; k++) if (a->kwonly[k].name == name) return true;
    if (a->vararg && a->vararg->name == name) return true;
    if (a->kwarg && a->kwarg->name == name) return true;
    return false;
}

static bool expr_binds(const AstExpr *e, AstIdent name);
static bool stmts_bind(AstStmtList body, AstIdent name);

// True if target/walrus expression e binds name in the current scope.
static bool expr_binds(const AstExpr *e, AstIdent name) {
    if (!e) return false;
    switch ((AstExprKind)e->kind) {
    case AST_NAME: return e->ctx == AST_STORE && e->name == name;
    case AST_STARRED: return expr_binds(e->value, name);
    case AST_LIST:
    case AST_TUPLE:
        for (uint32_t k = 0; k < e->elts.count; k++) {
            if (expr_binds(e->elts.items[k], name)) return true;
        }
        return false;
    case AST_NAMEDEXPR: return expr_binds(e->named.target, name);
    default: return false;
    }
}

// Does a function body bind name (so a nested `nonlocal name` resolves to it)?
static bool stmts_bind(AstStmtList body, AstIdent name) {
    for (uint32_t k = 0; k < body.count; k++) {
        const AstStmt *s = body.items[k];
        if (!s) continue;
        switch ((AstStmtKind)s->kind) {
        case AST_FUNCTIONDEF: if (s->funcdef.name == name) return true; break;
        case AST_CLASSDEF: if (s->classdef.name == name) return true; break;
        case AST_ASSIGN:
            for (uint32_t t = 0; t < s->assign.targets.count; t++) {
                if (expr_binds(s->assign.targets.items[t], name)) return true;
            }
            break;
        case AST_AUGASSIGN: if (expr_binds(s->augassign.target, name)) return true; break;
        case AST_ANNASSIGN: if (expr_binds(s->annassign.target, name)) return true; break;
        case AST_DELETE:
            for (uint32_t t = 0; t < s->targets.count; t++) {
                const AstExpr *x = s->targets.items[t];
                if (x && x->kind == AST_NAME && x->name == name) return true;
            }
            break;
        case AST_FOR:
            if (expr_binds(s->for_.target, name) || stmts_bind(s->for_.body, name) ||
                stmts_bind(s->for_.orelse, name)) return true;
            break;
        case AST_WHILE:
        case AST_IF:
            if (stmts_bind(s->while_.body, name) || stmts_bind(s->while_.orelse, name)) return true;
            break;
        case AST_WITH:
            for (uint32_t t = 0; t < s->with.count; t++) {
                if (expr_binds(s->with.items[t].target, name)) return true;
            }
            if (stmts_bind(s->with.body, name)) return true;
            break;
        case AST_TRY:
            if (stmts_bind(s->try_.body, name) || stmts_bind(s->try_.orelse, name) ||
                stmts_bind(s->try_.finalbody, name)) return true;
            for (uint32_t h = 0; h < s->try_.handler_count; h++) {
                if (s->try_.handlers[h].name == name ||
                    stmts_bind(s->try_.handlers[h].body, name)) return true;
            }
            break;
        case AST_MATCH:
            for (uint32_t c = 0; c < s->match.count; c++) {
                if (stmts_bind(s->match.cases[c].body, name)) return true;
            }
            break;
        case AST_IMPORT:
        case AST_IMPORTFROM:
            for (uint32_t a = 0; a < s->import.count; a++) {
                const AstAlias *al = &s->import.names[a];
                AstIdent bound = al->asname ? al->asname : al->name;
                if (bound == name) return true;
                if (!al->asname && strncmp(al->name, name, strlen(name)) == 0 &&
                    al->name[strlen(name)] == '.') return true;
            }
            break;
        case AST_NONLOCAL:
            for (uint32_t t = 0; t < s->names.count; t++) if (s->names.items[t] == name) return true;
            break;
        default:
            break;
        }
    }
    return false;
}

// The first global or nonlocal statement naming `name` in body (nested blocks included, not
// nested scopes), where CPython's symtable reports a conflict between the two; or NULL.
static const AstStmt *first_directive(AstStmtList body, AstIdent name) {
    for (uint32_t k = 0; k < body.count; k++) {
        const AstStmt *s = body.items[k], *found = NULL;
        if (!s) continue;
        switch ((AstStmtKind)s->kind) {
        case AST_GLOBAL:
        case AST_NONLOCAL:
            for (uint32_t t = 0; t < s->names.count; t++) {
                if (s->names.items[t] == name) return s;
            }
            break;
        case AST_FOR: found = first_directive(s->for_.body, name); break;
        case AST_WHILE:
        case AST_IF:
            found = first_directive(s->while_.body, name);
            if (!found) found = first_directive(s->while_.orelse, name);
            break;
        case AST_WITH: found = first_directive(s->with.body, name); break;
        case AST_TRY:
            found = first_directive(s->try_.body, name);
            for (uint32_t h = 0; !found && h < s->try_.handler_count; h++) {
                found = first_directive(s->try_.handlers[h].body, name);
            }
            if (!found) found = first_directive(s->try_.orelse, name);
            if (!found) found = first_directive(s->try_.finalbody, name);
            break;
        case AST_MATCH:
            for (uint32_t c = 0; !found && c < s->match.count; c++) {
                found = first_directive(s->match.cases[c].body, name);
            }
            break;
        default: break;
        }
        if (found) return found;
    }
    return NULL;
}

static Scope *function_scope(Rules *r) {
    for (Scope *s = r->scope; s; s = s->parent) {
        if (s->kind != SC_COMPREHENSION) return s;
    }
    return NULL;
}

static void rules_names_decl(Rules *r, const AstStmt *s, bool global) {
    Scope *sc = r->scope;
    for (uint32_t k = 0; k < s->names.count; k++) {
        AstIdent name = s->names.items[k];
        Span sp = s->span;
        // CPython checks a name used before its declaration as it reads the statement, and
        // a module-level nonlocal only when it analyses the scope afterwards
        int seen = scope_seen(sc, name);
        if (!global && sc->kind == SC_MODULE && seen < 0) {
            rule_error(r, DIAG_PHASE_SYMTABLE, sp, "nonlocal declaration not allowed at module level");
            return;
        }
        if (sc->kind == SC_FUNCTION && args_have(sc->def->funcdef.args, name)) {
            rule_error(r, DIAG_PHASE_SYMTABLE, sp, "name '%s' is parameter and %s", name,
                       global ? "global" : "nonlocal");
            continue;
        }
        // (this one as CPython reads the statement, before its analysis finds the clash below)
        if (seen >= 0) {
            rule_error(r, DIAG_PHASE_SYMTABLE, sp, "name '%s' is %s %s declaration", name,
                       seen ? "assigned to before" : "used prior to", global ? "global" : "nonlocal");
            continue;
        }
        if (scope_has(sc, name, global ? NOTE_NONLOCAL : NOTE_GLOBAL)) {
            const AstStmt *first =
                sc->kind == SC_FUNCTION ? first_directive(sc->def->funcdef.body, name) : NULL;
            rule_error(r, DIAG_PHASE_SYMTABLE, first ? first->span : sp,
                       "name '%s' is nonlocal and global", name);
            continue;
        }
        if (!global) {
            bool found = false;
            for (Scope *p = sc->parent; p && !found; p = p->parent) {
                if (p->kind == SC_FUNCTION) {
                    found = args_have(p->def->funcdef.args, name) ||
                            stmts_bind(p->def->funcdef.body, name);
                }
            }
            if (!found) {
                rule_error(r, DIAG_PHASE_SYMTABLE, sp, "no binding for nonlocal '%s' found", name);
            }
        }
        scope_note(r, name, global ? NOTE_GLOBAL : NOTE_NONLOCAL);
        sc->decl_count++;
    }
}

static void rules_params(Rules *r, const AstArguments *a) {
    if (!a) return;
    AstIdent names[512];
    uint32_t n = 0;
    const AstArg *groups[4] = {a->args, a->kwonly, a->vararg, a->kwarg};
    uint32_t counts[4] = {a->arg_count, a->kwonly_count, a->vararg ? 1u : 0u, a->kwarg ? 1u : 0u};
    for (int g = 0; g < 4; g++) {
        for (uint32_t k = 0; k < counts[g]; k++) {
            AstIdent name = groups[g][k].name;
            for (uint32_t j = 0; j < n; j++) {
                if (names[j] == name) {
                    // CPython points at the second occurrence
                    rule_error(r, DIAG_PHASE_SYMTABLE, groups[g][k].span,
                               "duplicate argument '%s' in function definition", name);
                    return;
                }
            }
            if (n < 512) names[n++] = name;
            rules_binds(r, name, groups[g][k].span);
        }
    }
    for (uint32_t k = 0; k < a->default_count; k++) rules_expr(r, a->defaults[k]);
    for (uint32_t k = 0; k < a->kwonly_count; k++) rules_expr(r, a->kw_defaults[k]);
    for (int g = 0; g < 4; g++) {
        for (uint32_t k = 0; k < counts[g]; k++) {
            const AstExpr *ann = groups[g][k].annotation;
            // `*args: *Ts` (PEP 646) is the one starred annotation
            if (ann && g == 2 && ann->kind == AST_STARRED) ann = ann->value;
            rules_annotation(r, ann, true);
        }
    }
}

// A comprehension's iteration variable may not be a walrus target of the same comprehension.
static void rules_comp_target(Rules *r, const AstExpr *t) {
    if (!t) return;
    if (t->kind == AST_NAME && scope_has(r->scope, t->name, 2)) {
        rule_error(r, DIAG_PHASE_SYMTABLE, t->span,
                   "comprehension inner loop cannot rebind assignment expression target '%s'",
                   t->name);
    } else if (t->kind == AST_STARRED) {
        rules_comp_target(r, t->value);
    } else if (t->kind == AST_TUPLE || t->kind == AST_LIST) {
        for (uint32_t k = 0; k < t->elts.count; k++) rules_comp_target(r, t->elts.items[k]);
    }
}

// An iterable expression of a comprehension, where no walrus may stand.
static void rules_comp_iter(Rules *r, const AstExpr *e) {
    r->comp_iter++;
    rules_expr(r, e);
    r->comp_iter--;
}

// An asynchronous comprehension (not a generator expression) must stand in an async def or
// in another comprehension, which it makes asynchronous too (CPython's symtable rule); moat
// also allows one at module level, as it allows top-level await.
static void rules_async_comprehension(Rules *r, const AstExpr *e) {
    Scope *at = r->scope;
    if (at->kind == SC_COMPREHENSION) {
        at->is_coroutine = true;
    } else if (at->kind != SC_MODULE && !(at->kind == SC_FUNCTION && at->is_async)) {
        rule_error(r, DIAG_PHASE_SYMTABLE, e->span,
                   "asynchronous comprehension outside of an asynchronous function");
    }
}

static void rules_comprehension(Rules *r, const AstExpr *e, const char *what) {
    // the first iterable is evaluated in the enclosing scope
    if (e->comp.count) rules_comp_iter(r, e->comp.generators[0].iter);
    Scope sc = {.kind = SC_COMPREHENSION, .comp_name = what, .parent = r->scope};
    r->scope = &sc;
    for (uint32_t k = 0; k < e->comp.count; k++) {
        const AstComprehension *g = &e->comp.generators[k];
        sc.is_coroutine |= g->is_async;
        if (k) rules_comp_iter(r, g->iter);
        rules_comp_target(r, g->target);
        rules_target(r, g->target);
        for (uint32_t j = 0; j < g->ifs.count; j++) rules_expr(r, g->ifs.items[j]);
    }
    if (e->comp.elt && e->comp.elt->kind == AST_STARRED) {
        rule_error(r, DIAG_PHASE_PARSE, e->comp.elt->span,
                   "iterable unpacking cannot be used in comprehension");
    }
    rules_expr(r, e->comp.elt);
    rules_expr(r, e->comp.value);
    r->scope = sc.parent;
    // a generator expression may always be asynchronous: it then makes an async generator
    if (sc.is_coroutine && e->kind != AST_GENEXP) rules_async_comprehension(r, e);
}

// The target of `name := value` (e): in a comprehension it binds in the enclosing function, so
// it may not be an iteration variable of any comprehension on the way, nor reach a class.
static void rules_namedexpr(Rules *r, const AstExpr *e) {
    const AstExpr *t = e->named.target;
    if (!t || t->kind != AST_NAME) return;
    rules_binds(r, t->name, t->span);
    if (r->comp_iter) {
        // CPython points at the whole `name := value` here
        rule_error(r, DIAG_PHASE_SYMTABLE, e->span,
                   "assignment expression cannot be used in a comprehension iterable expression");
        return;
    }
    if (r->scope->kind != SC_COMPREHENSION) {
        scope_note(r, t->name, 1);
        return;
    }
    Scope *s = r->scope;
    for (; s && s->kind == SC_COMPREHENSION; s = s->parent) {
        if (scope_has(s, t->name, 1)) {
            rule_error(r, DIAG_PHASE_SYMTABLE, t->span,
                       "assignment expression cannot rebind comprehension iteration variable '%s'",
                       t->name);
            return;
        }
    }
    if (s && s->kind == SC_CLASS) {
        rule_error(r, DIAG_PHASE_SYMTABLE, t->span,
                   "assignment expression within a comprehension cannot be used in a class body");
        return;
    }
    scope_note(r, t->name, 2);
}

// Annotation scopes (annotations, type aliases, type parameters) forbid yield, await and
// walrus; true when e was one of those there (and is reported).
static bool rules_in_annotation(Rules *r, const AstExpr *e, const char *what) {
    if (!r->annot) return false;
    rule_error(r, DIAG_PHASE_SYMTABLE, e->span, "%s cannot be used within %s", what, r->annot);
    return true;
}

// Walks e as evaluated in the annotation scope `what`.
static void rules_annotation_as(Rules *r, const AstExpr *e, const char *what) {
    const char *annot = r->annot;
    r->annot = what;
    rules_expr(r, e);
    r->annot = annot;
}

static void rules_annotation(Rules *r, const AstExpr *e, bool evaluated) {
    if (evaluated) rules_annotation_as(r, e, "an annotation");
}

static void rules_type_params(Rules *r, AstTypeParams tps) {
    static const char *const defaults[] = {"a TypeVar default", "a TypeVarTuple default",
                                           "a ParamSpec default"};
    for (uint32_t k = 0; k < tps.count; k++) {
        const AstTypeParam *p = &tps.items[k];
        rules_binds(r, p->name, p->span);
        bool constraint = p->bound && p->bound->kind == AST_TUPLE;
        rules_annotation_as(r, p->bound, constraint ? "a TypeVar constraint" : "a TypeVar bound");
        const AstExpr *def = p->default_value;
        // `*Ts = *tuple[int]`: a TypeVarTuple's default may be starred
        if (def && p->kind == 1 && def->kind == AST_STARRED) def = def->value;
        rules_annotation_as(r, def, defaults[p->kind < 3 ? p->kind : 0]);
    }
}

// Keyword arguments of a call or class: each name once, never __debug__.
static void rules_keywords(Rules *r, const AstKeyword *kws, uint32_t count) {
    for (uint32_t k = 0; k < count; k++) {
        const AstKeyword *kw = &kws[k];
        for (uint32_t j = 0; kw->arg && j < k; j++) {
            if (kws[j].arg == kw->arg) {
                rule_error(r, DIAG_PHASE_COMPILE, kw->span, "keyword argument repeated: %s",
                           kw->arg);
                break;
            }
        }
        rules_binds(r, kw->arg, kw->span);
        rules_expr(r, kw->value);
    }
}

static void rules_exprs(Rules *r, AstExprList l) {
    for (uint32_t k = 0; k < l.count; k++) rules_expr(r, l.items[k]);
}

// Elements of displays and call arguments, where `*x` is allowed.
static void rules_elements(Rules *r, AstExprList l) {
    for (uint32_t k = 0; k < l.count; k++) {
        const AstExpr *e = l.items[k];
        const AstExpr *inner = e && e->kind == AST_STARRED ? e->value : NULL;
        bool spaced = inner && (inner->span.line != e->span.line ||
                                inner->span.col > e->span.col + 1);  // `* *a`, not `**a`
        if (inner && inner->kind == AST_STARRED && !inner->parens && spaced) {
            // `f(* *a)`: the parser's invalid_starred_expression
            rule_error(r, DIAG_PHASE_PARSE, e->span, "Invalid star expression");
            continue;
        }
        rules_expr(r, e && e->kind == AST_STARRED ? e->value : e);
    }
}

// Assignment-like targets: `*a = x` and `a, *b, *c = x` are compile errors.
static void rules_star_target(Rules *r, const AstExpr *t) {
    if (!t) return;
    if (t->kind == AST_STARRED) {
        rule_error(r, DIAG_PHASE_COMPILE, t->span, "starred assignment target must be in a list or tuple");
        return;
    }
    if (t->kind != AST_TUPLE && t->kind != AST_LIST) return;
    uint32_t stars = 0;
    for (uint32_t k = 0; k < t->elts.count; k++) {
        const AstExpr *x = t->elts.items[k];
        if (!x) continue;
        if (x->kind == AST_STARRED) {
            if (++stars == 2) {
                rule_error(r, DIAG_PHASE_COMPILE, t->span, "multiple starred expressions in assignment");
                return;
            }
            rules_star_target(r, x->value);
        } else {
            rules_star_target(r, x);
        }
    }
}

// A for, with or comprehension target: its starred parts checked, then its expressions.
static void rules_target(Rules *r, const AstExpr *t) {
    rules_star_target(r, t);
    rules_expr(r, t && t->kind == AST_STARRED ? t->value : t);
}

static void rules_expr(Rules *r, const AstExpr *e) {
    if (!e || r->depth > 1000) return;
    r->depth++;
    Scope *fs;
    switch ((AstExprKind)e->kind) {
    case AST_NAME:
        scope_note(r, e->name, e->ctx == AST_LOAD ? 0 : 1);
        break;
    case AST_BOOLOP: rules_exprs(r, e->boolop.values); break;
    case AST_NAMEDEXPR:
        if (rules_in_annotation(r, e, "named expression")) break;
        rules_expr(r, e->named.value);
        rules_namedexpr(r, e);
        break;
    case AST_BINOP:
        rules_expr(r, e->binop.left);
        rules_expr(r, e->binop.right);
        break;
    case AST_UNARYOP: rules_expr(r, e->unary.operand); break;
    case AST_LAMBDA: {
        rules_params(r, e->lambda.args);
        Scope sc = {.kind = SC_LAMBDA, .parent = r->scope};
        r->scope = &sc;
        uint32_t loops = r->loops;
        r->loops = 0;
        rules_expr(r, e->lambda.body);
        r->loops = loops;
        r->scope = sc.parent;
        break;
    }
    case AST_IFEXP:
        rules_expr(r, e->ifexp.test);
        rules_expr(r, e->ifexp.body);
        rules_expr(r, e->ifexp.orelse);
        break;
    case AST_DICT:
        for (uint32_t k = 0; k < e->dict.count; k++) {
            const AstExpr *v = e->dict.values[k];
            rules_expr(r, e->dict.keys[k]);
            if (v && v->kind == AST_STARRED && !v->parens) {
                // the parser's invalid_kvpair
                rule_error(r, DIAG_PHASE_PARSE, v->span,
                           "cannot use a starred expression in a dictionary value");
                rules_expr(r, v->value);
            } else {
                rules_expr(r, v);
            }
        }
        break;
    case AST_SET:
    case AST_LIST:
    case AST_TUPLE: rules_elements(r, e->elts); break;
    case AST_FSTRING: rules_exprs(r, e->elts); break;
    case AST_LISTCOMP: rules_comprehension(r, e, "list comprehension"); break;
    case AST_SETCOMP: rules_comprehension(r, e, "set comprehension"); break;
    case AST_DICTCOMP: rules_comprehension(r, e, "dict comprehension"); break;
    case AST_GENEXP: rules_comprehension(r, e, "generator expression"); break;
    case AST_AWAIT:
        if (rules_in_annotation(r, e, "await expression")) break;
        fs = r->scope;
        if (fs->kind == SC_COMPREHENSION) {
            fs->is_coroutine = true;  // may make it an asynchronous comprehension
        } else if (fs->kind == SC_LAMBDA || (fs->kind == SC_FUNCTION && !fs->is_async)) {
            rule_error(r, DIAG_PHASE_SYMTABLE, e->span, "'await' outside async function");
        } else if (fs->kind == SC_CLASS) {
            rule_error(r, DIAG_PHASE_SYMTABLE, e->span, "'await' outside function");
        }
        rules_expr(r, e->value);
        break;
    case AST_YIELD:
    case AST_YIELDFROM:
        if (rules_in_annotation(r, e, "yield expression")) break;
        if (r->scope->kind == SC_FUNCTION) r->scope->is_generator = true;
        if (r->scope->kind == SC_COMPREHENSION) {
            rule_error(r, DIAG_PHASE_SYMTABLE, e->span, "'yield' inside %s", r->scope->comp_name);
        } else if (r->scope->kind == SC_MODULE || r->scope->kind == SC_CLASS) {
            rule_error(r, DIAG_PHASE_SYMTABLE, e->span, "'%s' outside function",
                       e->kind == AST_YIELDFROM ? "yield from" : "yield");
        } else if (e->kind == AST_YIELDFROM && r->scope->is_async) {
            rule_error(r, DIAG_PHASE_COMPILE, e->span, "'yield from' inside async function");
        }
        rules_star_value(r, e->value);
        break;
    case AST_COMPARE:
        rules_expr(r, e->compare.left);
        for (uint32_t k = 0; k < e->compare.count; k++) rules_expr(r, e->compare.comparators[k]);
        break;
    case AST_CALL:
        rules_expr(r, e->call.func);
        rules_elements(r, e->call.args);
        rules_keywords(r, e->call.keywords, e->call.keyword_count);
        break;
    case AST_FORMATTED:
        rules_star_value(r, e->formatted.value);
        rules_expr(r, e->formatted.format_spec);
        break;
    case AST_ATTRIBUTE: rules_expr(r, e->attribute.value); break;
    case AST_SUBSCRIPT:
        rules_expr(r, e->subscript.value);
        if (e->subscript.slice && e->subscript.slice->kind == AST_STARRED) {
            rules_expr(r, e->subscript.slice->value);  // a[*b] (PEP 646)
        } else {
            rules_expr(r, e->subscript.slice);
        }
        break;
    case AST_STARRED:
        // only displays, calls and targets may hold *x; they unwrap it before getting here
        if (e == r->star_value) {
            rule_error(r, DIAG_PHASE_COMPILE, e->span, "can't use starred expression here");
        } else {
            rule_error(r, DIAG_PHASE_PARSE, e->span, "invalid syntax");
        }
        rules_expr(r, e->value);
        break;
    case AST_SLICE:
        rules_expr(r, e->slice.lower);
        rules_expr(r, e->slice.upper);
        rules_expr(r, e->slice.step);
        break;
    default:
        break;
    }
    r->depth--;
}

static void rules_function(Rules *r, const AstStmt *s) {
    rules_exprs(r, s->funcdef.decorators);
    rules_type_params(r, s->funcdef.type_params);
    const char *annot = r->annot;
    if (s->funcdef.type_params.count) r->annot = "the definition of a generic";
    rules_params(r, s->funcdef.args);
    const AstExpr *ret = s->funcdef.returns;
    if (ret && ret->kind == AST_STARRED && !ret->parens) {
        // `-> *int`: no expression, so the def rule's forced ':' fails at the star
        rule_error(r, DIAG_PHASE_PARSE, ret->span, "expected ':'");
    } else {
        rules_annotation(r, ret, true);
    }
    r->annot = annot;
    rules_binds(r, s->funcdef.name, s->funcdef.name_span);
    scope_note(r, s->funcdef.name, 1);
    Scope sc = {.kind = SC_FUNCTION, .is_async = s->funcdef.is_async, .def = s, .parent = r->scope};
    r->scope = &sc;
    uint32_t loops = r->loops;
    bool in_star = r->in_star;
    r->loops = 0;
    r->in_star = false;
    rules_stmts(r, s->funcdef.body);
    if (sc.is_generator && sc.value_return) {
        rule_error(r, DIAG_PHASE_COMPILE, sc.value_return->span,
                   "'return' with value in async generator");
    }
    r->loops = loops;
    r->in_star = in_star;
    r->scope = sc.parent;
}

static void rules_class(Rules *r, const AstStmt *s) {
    rules_exprs(r, s->classdef.decorators);
    rules_type_params(r, s->classdef.type_params);
    const char *annot = r->annot;
    if (s->classdef.type_params.count) r->annot = "the definition of a generic";
    rules_elements(r, s->classdef.bases);
    rules_keywords(r, s->classdef.keywords, s->classdef.keyword_count);
    r->annot = annot;
    rules_binds(r, s->classdef.name, s->classdef.name_span);
    scope_note(r, s->classdef.name, 1);
    Scope sc = {.kind = SC_CLASS, .parent = r->scope};
    r->scope = &sc;
    uint32_t loops = r->loops;
    bool in_star = r->in_star;
    r->loops = 0;
    r->in_star = false;
    rules_stmts(r, s->classdef.body);
    r->loops = loops;
    r->in_star = in_star;
    r->scope = sc.parent;
}

static const char *const future_features[] = {
    "nested_scopes", "generators", "division", "absolute_import", "with_statement",
    "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations",
};

static void rules_import(Rules *r, const AstStmt *s) {
    bool future = s->kind == AST_IMPORTFROM && s->import.module &&
                  strcmp(s->import.module, "__future__") == 0 && s->import.level == 0;
    for (uint32_t k = 0; k < s->import.count; k++) {
        const AstAlias *a = &s->import.names[k];
        rules_binds(r, a->asname ? a->asname : a->name, a->span);
        if (strcmp(a->name, "*") == 0 && r->scope->kind != SC_MODULE) {
            rule_error(r, DIAG_PHASE_SYMTABLE, a->span, "import * only allowed at module level");
        }
        if (future) {
            bool known = false;
            for (size_t f = 0; f < sizeof future_features / sizeof *future_features; f++) {
                known |= strcmp(a->name, future_features[f]) == 0;
            }
            if (strcmp(a->name, "braces") == 0) {
                rule_error(r, DIAG_PHASE_COMPILE, s->span, "not a chance");
            } else if (!known) {
                rule_error(r, DIAG_PHASE_COMPILE, s->span, "future feature %s is not defined",
                           a->name);
            }
        }
    }
    if (future && (!r->future_ok || r->scope->kind != SC_MODULE)) {
        rule_error(r, DIAG_PHASE_COMPILE, s->span,
                   "from __future__ imports must occur at the beginning of the file");
    }
}

// `global x` then `x: int = 1`: an annotated name belongs to its own scope.
static void rules_annassign_decl(Rules *r, const AstStmt *s) {
    const AstExpr *t = s->annassign.target;
    Scope *sc = r->scope;
    if (!t || t->kind != AST_NAME || sc->decl_count == 0) return;
    if (scope_has(sc, t->name, NOTE_GLOBAL)) {
        rule_error(r, DIAG_PHASE_SYMTABLE, s->span, "annotated name '%s' can't be global", t->name);
    } else if (scope_has(sc, t->name, NOTE_NONLOCAL)) {
        rule_error(r, DIAG_PHASE_SYMTABLE, s->span, "annotated name '%s' can't be nonlocal",
                   t->name);
    }
}

static void rules_star_exit(Rules *r, const AstStmt *s) {
    rule_error(r, DIAG_PHASE_COMPILE, s->span,
               "'break', 'continue' and 'return' cannot appear in an except* block");
}

static void rules_handler_body(Rules *r, const AstHandler *h, bool star) {
    bool in_star = r->in_star;
    uint32_t star_loops = r->star_loops;
    if (star) {
        r->in_star = true;
        r->star_loops = r->loops;
    }
    rules_stmts(r, h->body);
    r->in_star = in_star;
    r->star_loops = star_loops;
}

static void rules_stmt(Rules *r, const AstStmt *s) {
    if (!s || r->depth > 1000) return;
    r->depth++;
    Scope *fs = function_scope(r);
    bool in_func = fs && fs->kind == SC_FUNCTION;
    switch ((AstStmtKind)s->kind) {
    case AST_FUNCTIONDEF: rules_function(r, s); break;
    case AST_CLASSDEF: rules_class(r, s); break;
    case AST_RETURN:
        if (!in_func) rule_error(r, DIAG_PHASE_COMPILE, s->span, "'return' outside function");
        else if (r->in_star) rules_star_exit(r, s);
        if (in_func && fs->is_async && s->value && !fs->value_return) fs->value_return = s;
        rules_star_value(r, s->value);
        break;
    case AST_MATCH:
        rules_expr(r, s->match.subject);
        for (uint32_t k = 0; k < s->match.count; k++) {
            const AstMatchCase *mc = &s->match.cases[k];
            syntax_check_pattern(r->dl, mc->pattern, !mc->guard && k + 1 < s->match.count);
            rules_expr(r, mc->guard);
            rules_stmts(r, mc->body);
        }
        break;
    case AST_DELETE: rules_exprs(r, s->targets); break;
    case AST_ASSIGN:
        rules_star_value(r, s->assign.value);
        for (uint32_t k = 0; k < s->assign.targets.count; k++) {
            rules_star_target(r, s->assign.targets.items[k]);
        }
        rules_elements(r, s->assign.targets);
        break;
    case AST_TYPEALIAS:
        rules_type_params(r, s->typealias.type_params);
        rules_annotation_as(r, s->typealias.value, "a type alias");
        break;
    case AST_AUGASSIGN:
        rules_star_value(r, s->augassign.value);
        // `x += 1` binds x (CPython's target has Store context)
        if (s->augassign.target && s->augassign.target->kind == AST_NAME) {
            scope_note(r, s->augassign.target->name, 1);
        }
        rules_expr(r, s->augassign.target);
        break;
    case AST_ANNASSIGN:
        rules_annassign_decl(r, s);
        rules_annotation(r, s->annassign.annotation, r->scope->kind != SC_FUNCTION);
        rules_star_value(r, s->annassign.value);
        rules_expr(r, s->annassign.target);
        break;
    case AST_FOR:
        if (s->for_.is_async && fs && fs->kind != SC_MODULE && !fs->is_async) {
            rule_error(r, DIAG_PHASE_COMPILE, s->span, "'async for' outside async function");
        }
        rules_star_value(r, s->for_.iter);
        rules_target(r, s->for_.target);
        r->loops++;
        rules_stmts(r, s->for_.body);
        r->loops--;
        rules_stmts(r, s->for_.orelse);
        break;
    case AST_WHILE:
        rules_expr(r, s->while_.test);
        r->loops++;
        rules_stmts(r, s->while_.body);
        r->loops--;
        rules_stmts(r, s->while_.orelse);
        break;
    case AST_IF:
        rules_expr(r, s->while_.test);
        rules_stmts(r, s->while_.body);
        rules_stmts(r, s->while_.orelse);
        break;
    case AST_WITH:
        if (s->with.is_async && fs && fs->kind != SC_MODULE && !fs->is_async) {
            rule_error(r, DIAG_PHASE_COMPILE, s->span, "'async with' outside async function");
        }
        for (uint32_t k = 0; k < s->with.count; k++) {
            rules_expr(r, s->with.items[k].context);
            rules_target(r, s->with.items[k].target);
        }
        rules_stmts(r, s->with.body);
        break;
    case AST_RAISE:
        rules_expr(r, s->raise.exc);
        rules_expr(r, s->raise.cause);
        break;
    case AST_TRY:
        rules_stmts(r, s->try_.body);
        for (uint32_t k = 0; k < s->try_.handler_count; k++) {
            const AstHandler *h = &s->try_.handlers[k];
            if (!h->type && k + 1 < s->try_.handler_count) {
                rule_error(r, DIAG_PHASE_PARSE, h->span, "default 'except:' must be last");
            }
            rules_expr(r, h->type);
            if (h->name) scope_note(r, h->name, 1);
            rules_binds(r, h->name, h->span);
            rules_handler_body(r, h, s->try_.is_star);
        }
        rules_stmts(r, s->try_.orelse);
        rules_stmts(r, s->try_.finalbody);
        break;
    case AST_ASSERT:
        rules_expr(r, s->assert_.test);
        rules_expr(r, s->assert_.msg);
        break;
    case AST_IMPORT:
    case AST_IMPORTFROM: rules_import(r, s); break;
    case AST_GLOBAL: rules_names_decl(r, s, true); break;
    case AST_NONLOCAL: rules_names_decl(r, s, false); break;
    case AST_EXPR: rules_star_value(r, s->value); break;
    case AST_BREAK:
        if (!r->loops) rule_error(r, DIAG_PHASE_COMPILE, s->span, "'break' outside loop");
        else if (r->in_star && r->loops == r->star_loops) rules_star_exit(r, s);
        break;
    case AST_CONTINUE:
        if (!r->loops) rule_error(r, DIAG_PHASE_COMPILE, s->span, "'continue' not properly in loop");
        else if (r->in_star && r->loops == r->star_loops) rules_star_exit(r, s);
        break;
    default:
        break;
    }
    // __future__ imports may follow only a docstring and other __future__ imports
    bool is_future = s->kind == AST_IMPORTFROM && s->import.module &&
                     strcmp(s->import.module, "__future__") == 0;
    bool is_docstring = s->kind == AST_EXPR && s->value && s->value->kind == AST_CONST &&
                        s->value->constant.kind == AST_CONST_STR;
    if (!is_future && !(is_docstring && r->future_ok == true && r->scope->kind == SC_MODULE &&
                        r->scope->seen_count == 0)) {
        r->future_ok = false;
    }
    r->depth--;
}

static void rules_stmts(Rules *r, AstStmtList body) {
    for (uint32_t k = 0; k < body.count; k++) rules_stmt(r, body.items[k]);
}

bool syntax_check_module(const AstModule *m, Arena *arena, DiagList *dl) {
    Scope module = {.kind = SC_MODULE};
    Rules r = {.dl = dl, .arena = arena, .scope = &module, .future_ok = true};
    rules_stmts(&r, m->body);
    return !r.oom;
}
