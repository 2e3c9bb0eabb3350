// Scope analysis: one walk records what each scope binds, declares and uses; a second pass
// finds free variables and turns the bindings they capture into cells; a third assigns fast
// slots and cell indexes per code object. List, set and dict comprehensions are inlined into
// their host code (PEP 709): their variables get fresh slots there, so they never leak.
#include "interp/symtable.h"

#include <string.h>

// The genexp's hidden parameter: one pointer, so interned-name comparisons find it.
const char SYMTABLE_GENEXP_ARG[] = ".0";
const char SYMTABLE_CLASS_NS[] = ".ns";
const char SYMTABLE_CLASS_CELL[] = "__class__";

typedef struct Sym {
    Arena *arena;
    Scope *cur;
    bool oom;
    uint32_t depth;
} Sym;

static void *sym_alloc(Sym *st, size_t n) {
    void *p = arena_calloc(st->arena, 1, n);
    if (!p) st->oom = true;
    return p;
}

// Grows *items (elem bytes each) to hold one more.
static bool sym_grow(Sym *st, void **items, uint32_t count, uint32_t *cap, size_t elem) {
    if (count < *cap) return true;
    uint32_t c = *cap ? *cap * 2 : 8;
    void *p = sym_alloc(st, (size_t)c * elem);
    if (!p) return false;
    if (count) memcpy(p, *items, (size_t)count * elem);
    *items = p;
    *cap = c;
    return true;
}

// Names are interned: their pointers hash.
static uint32_t name_slot(AstIdent name, uint32_t cap) {
    uintptr_t h = (uintptr_t)name;
    h ^= h >> 17;
    h *= 0x9E3779B97F4A7C15u;
    return (uint32_t)(h >> 32) & (cap - 1);
}

static Symbol *scope_find(const Scope *s, AstIdent name) {
    if (!s->slot_cap) return NULL;
    for (uint32_t k = name_slot(name, s->slot_cap); s->slots[k]; k = (k + 1) & (s->slot_cap - 1)) {
        Symbol *sym = &s->syms[s->slots[k] - 1];
        if (sym->name == name) return sym;
    }
    return NULL;
}

static bool scope_reindex(Sym *st, Scope *s) {
    uint32_t cap = s->slot_cap ? s->slot_cap * 2 : 16;
    uint32_t *slots = sym_alloc(st, cap * sizeof *slots);
    if (!slots) return false;
    for (uint32_t i = 0; i < s->sym_count; i++) {
        uint32_t k = name_slot(s->syms[i].name, cap);
        while (slots[k]) k = (k + 1) & (cap - 1);
        slots[k] = i + 1;
    }
    s->slots = slots;
    s->slot_cap = cap;
    return true;
}

static Symbol *scope_add(Sym *st, Scope *s, AstIdent name, uint16_t flags) {
    Symbol *sym = scope_find(s, name);
    if (!sym) {
        if (!sym_grow(st, (void **)&s->syms, s->sym_count, &s->sym_cap, sizeof(Symbol))) return NULL;
        sym = &s->syms[s->sym_count++];
        *sym = (Symbol){.name = name};
        if (s->sym_count * 2 > s->slot_cap) {
            if (!scope_reindex(st, s)) return NULL;
        } else {
            uint32_t k = name_slot(name, s->slot_cap);
            while (s->slots[k]) k = (k + 1) & (s->slot_cap - 1);
            s->slots[k] = s->sym_count;
        }
    }
    sym->flags |= flags;
    return sym;
}

static Scope *scope_enter(Sym *st, ScopeKind kind, const void *node) {
    Scope *s = sym_alloc(st, sizeof *s);
    if (!s) return NULL;
    s->kind = kind;
    s->node = node;
    s->parent = st->cur;
    s->host = kind == SCOPE_COMPREHENSION && st->cur ? st->cur->host : s;
    if (st->cur) {
        Scope *p = st->cur;
        if (!sym_grow(st, (void **)&p->children, p->child_count, &p->child_cap, sizeof(Scope *))) {
            return NULL;
        }
        p->children[p->child_count++] = s;
    }
    st->cur = s;
    return s;
}

static void sym_expr(Sym *st, const AstExpr *e);
static void sym_stmts(Sym *st, AstStmtList body);

static void sym_exprs(Sym *st, AstExprList l) {
    for (uint32_t k = 0; k < l.count; k++) sym_expr(st, l.items[k]);
}

static void sym_bind(Sym *st, AstIdent name) {
    scope_add(st, st->cur, name, SYM_BOUND);
}

static void sym_params(Sym *st, const AstArguments *a) {
    if (!a) return;
    for (uint32_t k = 0; k < a->arg_count; k++) scope_add(st, st->cur, a->args[k].name, SYM_BOUND | SYM_PARAM);
    for (uint32_t k = 0; k < a->kwonly_count; k++) scope_add(st, st->cur, a->kwonly[k].name, SYM_BOUND | SYM_PARAM);
    if (a->vararg) scope_add(st, st->cur, a->vararg->name, SYM_BOUND | SYM_PARAM);
    if (a->kwarg) scope_add(st, st->cur, a->kwarg->name, SYM_BOUND | SYM_PARAM);
}

static void sym_defaults(Sym *st, const AstArguments *a) {
    if (!a) return;
    for (uint32_t k = 0; k < a->default_count; k++) sym_expr(st, a->defaults[k]);
    for (uint32_t k = 0; k < a->kwonly_count; k++) sym_expr(st, a->kw_defaults[k]);
}

// A walrus target inside comprehensions binds in the nearest enclosing function or module.
static void sym_bind_walrus(Sym *st, AstIdent name) {
    Scope *s = st->cur;
    while (s->parent && (s->kind == SCOPE_COMPREHENSION || s->kind == SCOPE_GENEXP)) {
        scope_add(st, s, name, SYM_USED | SYM_NONLOCAL);
        s = s->parent;
    }
    scope_add(st, s, name, SYM_BOUND);
}

static void sym_comprehension(Sym *st, const AstExpr *e, ScopeKind kind) {
    if (e->comp.count) sym_expr(st, e->comp.generators[0].iter);
    Scope *outer = st->cur;
    Scope *s = scope_enter(st, kind, e);
    if (!s) return;
    if (kind == SCOPE_GENEXP) {
        s->is_generator = true;
        // the first iterator arrives as the genexp's hidden parameter
        scope_add(st, s, SYMTABLE_GENEXP_ARG, SYM_BOUND | SYM_PARAM);
    }
    for (uint32_t k = 0; k < e->comp.count; k++) {
        const AstComprehension *g = &e->comp.generators[k];
        if (k) sym_expr(st, g->iter);
        sym_expr(st, g->target);
        sym_exprs(st, g->ifs);
        if (g->is_async && kind == SCOPE_GENEXP) {
            s->is_coroutine = true;  // an async generator expression
        } else if (g->is_async && outer->host->kind == SCOPE_MODULE) {
            outer->host->is_coroutine = true;  // as top-level await
        }
    }
    sym_expr(st, e->comp.elt);
    sym_expr(st, e->comp.value);
    st->cur = outer;
}

static void sym_expr(Sym *st, const AstExpr *e) {
    if (!e || st->depth > 2000) return;
    st->depth++;
    switch ((AstExprKind)e->kind) {
    case AST_NAME:
        if (strcmp(e->name, "__class__") == 0) {
            scope_add(st, st->cur, SYMTABLE_CLASS_CELL, SYM_USED);
            break;
        }
        scope_add(st, st->cur, e->name, e->ctx == AST_LOAD ? SYM_USED : SYM_BOUND);
        // zero-argument super() finds its class in the __class__ cell
        if (e->ctx == AST_LOAD && strcmp(e->name, "super") == 0 &&
            (st->cur->kind == SCOPE_FUNCTION || st->cur->kind == SCOPE_COMPREHENSION)) {
            scope_add(st, st->cur, SYMTABLE_CLASS_CELL, SYM_USED);
        }
        break;
    case AST_BOOLOP: sym_exprs(st, e->boolop.values); break;
    case AST_NAMEDEXPR:
        sym_expr(st, e->named.value);
        if (e->named.target && e->named.target->kind == AST_NAME) {
            if (st->cur->kind == SCOPE_COMPREHENSION || st->cur->kind == SCOPE_GENEXP) {
                sym_bind_walrus(st, e->named.target->name);
            } else {
                sym_bind(st, e->named.target->name);
            }
        }
        break;
    case AST_BINOP:
        sym_expr(st, e->binop.left);
        sym_expr(st, e->binop.right);
        break;
    case AST_UNARYOP: sym_expr(st, e->unary.operand); break;
    case AST_LAMBDA: {
        sym_defaults(st, e->lambda.args);
        Scope *outer = st->cur;
        if (!scope_enter(st, SCOPE_FUNCTION, e)) break;
        sym_params(st, e->lambda.args);
        sym_expr(st, e->lambda.body);
        st->cur = outer;
        break;
    }
    case AST_IFEXP:
        sym_expr(st, e->ifexp.test);
        sym_expr(st, e->ifexp.body);
        sym_expr(st, e->ifexp.orelse);
        break;
    case AST_DICT:
        for (uint32_t k = 0; k < e->dict.count; k++) {
            sym_expr(st, e->dict.keys[k]);
            sym_expr(st, e->dict.values[k]);
        }
        break;
    case AST_SET:
    case AST_LIST:
    case AST_TUPLE:
    case AST_FSTRING: sym_exprs(st, e->elts); break;
    case AST_LISTCOMP:
    case AST_SETCOMP:
    case AST_DICTCOMP: sym_comprehension(st, e, SCOPE_COMPREHENSION); break;
    case AST_GENEXP: sym_comprehension(st, e, SCOPE_GENEXP); break;
    case AST_AWAIT: {
        // top-level await (allowed, as in Monty): the module body runs as a coroutine
        Scope *h = st->cur->host ? st->cur->host : st->cur;
        if (h->kind == SCOPE_MODULE) h->is_coroutine = true;
        if (st->cur->kind == SCOPE_GENEXP) st->cur->is_coroutine = true;  // an async genexp
        sym_expr(st, e->value);
        break;
    }
    case AST_STARRED: sym_expr(st, e->value); break;
    case AST_YIELD:
    case AST_YIELDFROM:
        st->cur->is_generator = true;
        sym_expr(st, e->value);
        break;
    case AST_COMPARE:
        sym_expr(st, e->compare.left);
        for (uint32_t k = 0; k < e->compare.count; k++) sym_expr(st, e->compare.comparators[k]);
        break;
    case AST_CALL:
        sym_expr(st, e->call.func);
        sym_exprs(st, e->call.args);
        for (uint32_t k = 0; k < e->call.keyword_count; k++) sym_expr(st, e->call.keywords[k].value);
        break;
    case AST_FORMATTED:
        sym_expr(st, e->formatted.value);
        sym_expr(st, e->formatted.format_spec);
        break;
    case AST_ATTRIBUTE: sym_expr(st, e->attribute.value); break;
    case AST_SUBSCRIPT:
        sym_expr(st, e->subscript.value);
        sym_expr(st, e->subscript.slice);
        break;
    case AST_SLICE:
        sym_expr(st, e->slice.lower);
        sym_expr(st, e->slice.upper);
        sym_expr(st, e->slice.step);
        break;
    default: break;
    }
    st->depth--;
}

static void sym_pattern(Sym *st, const AstPattern *p) {
    if (!p || st->depth > 2000) return;
    st->depth++;
    switch ((AstPatternKind)p->kind) {
    case AST_PAT_VALUE: sym_expr(st, p->value); break;
    case AST_PAT_SEQUENCE:
    case AST_PAT_OR:
        for (uint32_t k = 0; k < p->patterns.count; k++) sym_pattern(st, p->patterns.items[k]);
        break;
    case AST_PAT_MAPPING:
        for (uint32_t k = 0; k < p->mapping.patterns.count; k++) {
            sym_expr(st, p->mapping.keys[k]);
            sym_pattern(st, p->mapping.patterns.items[k]);
        }
        if (p->mapping.rest) sym_bind(st, p->mapping.rest);
        break;
    case AST_PAT_CLASS:
        sym_expr(st, p->cls.cls);
        for (uint32_t k = 0; k < p->cls.patterns.count; k++) sym_pattern(st, p->cls.patterns.items[k]);
        for (uint32_t k = 0; k < p->cls.kwd_patterns.count; k++) sym_pattern(st, p->cls.kwd_patterns.items[k]);
        break;
    case AST_PAT_STAR: if (p->star_name) sym_bind(st, p->star_name); break;
    case AST_PAT_AS:
        sym_pattern(st, p->as.pattern);
        if (p->as.name) sym_bind(st, p->as.name);
        break;
    default: break;
    }
    st->depth--;
}

// The annotation scope of a def (PEP 649): a function of its own, keyed by the address of the
// def's `returns`, whose code evaluates the annotations when __annotations__ is first read.
static void sym_annotations(Sym *st, const AstStmt *s) {
    const AstArguments *a = s->funcdef.args;
    const AstArg *star[2] = {a ? a->vararg : NULL, a ? a->kwarg : NULL};
    bool any = s->funcdef.returns != NULL;
    for (uint32_t k = 0; a && k < a->arg_count; k++) any |= a->args[k].annotation != NULL;
    for (uint32_t k = 0; a && k < a->kwonly_count; k++) any |= a->kwonly[k].annotation != NULL;
    for (int k = 0; k < 2; k++) any |= star[k] && star[k]->annotation;
    if (!any) return;
    Scope *outer = st->cur;
    if (!scope_enter(st, SCOPE_ANNOTATION, &s->funcdef.returns)) return;
    for (uint32_t k = 0; a && k < a->arg_count; k++) sym_expr(st, a->args[k].annotation);
    for (uint32_t k = 0; a && k < a->kwonly_count; k++) sym_expr(st, a->kwonly[k].annotation);
    for (int k = 0; k < 2; k++) sym_expr(st, star[k] ? star[k]->annotation : NULL);
    sym_expr(st, s->funcdef.returns);
    st->cur = outer;
}

// The scope of a generic def, class or type statement's type parameters (PEP 695), keyed by
// the address of its type_params: they are its locals, and what the statement makes is
// made inside it. Leaves the new scope current; false at a limit.
static bool sym_type_params(Sym *st, const AstTypeParams *tp) {
    if (!scope_enter(st, SCOPE_ANNOTATION, tp)) return false;
    for (uint32_t k = 0; k < tp->count; k++) {
        sym_bind(st, tp->items[k].name);
        sym_expr(st, tp->items[k].bound);
    }
    return true;
}

static void sym_function(Sym *st, const AstStmt *s) {
    sym_exprs(st, s->funcdef.decorators);
    sym_bind(st, s->funcdef.name);
    Scope *outer = st->cur;
    if (s->funcdef.type_params.count && !sym_type_params(st, &s->funcdef.type_params)) return;
    sym_defaults(st, s->funcdef.args);
    sym_annotations(st, s);
    Scope *f = scope_enter(st, SCOPE_FUNCTION, s);
    if (!f) {
        st->cur = outer;
        return;
    }
    f->is_coroutine = s->funcdef.is_async;
    sym_params(st, s->funcdef.args);
    sym_stmts(st, s->funcdef.body);
    st->cur = outer;
}

// The annotation of a field of a class body (`x: int`): a thunk of its own, keyed by the
// address of the annotation, that dataclasses calls for Field.type (compile.c).
static void sym_class_annotation(Sym *st, const AstStmt *s) {
    const AstExpr *target = s->annassign.target;
    if (st->cur->kind != SCOPE_CLASS || !s->annassign.simple || !target || target->kind != AST_NAME ||
        !s->annassign.annotation) {
        return;
    }
    Scope *outer = st->cur;
    if (scope_enter(st, SCOPE_ANNOTATION, &s->annassign.annotation)) sym_expr(st, s->annassign.annotation);
    st->cur = outer;
}

static void sym_class(Sym *st, const AstStmt *s) {
    sym_exprs(st, s->classdef.decorators);
    sym_bind(st, s->classdef.name);
    Scope *outer = st->cur;
    if (s->classdef.type_params.count && !sym_type_params(st, &s->classdef.type_params)) return;
    sym_exprs(st, s->classdef.bases);
    for (uint32_t k = 0; k < s->classdef.keyword_count; k++) sym_expr(st, s->classdef.keywords[k].value);
    if (!scope_enter(st, SCOPE_CLASS, s)) {
        st->cur = outer;
        return;
    }
    scope_add(st, st->cur, SYMTABLE_CLASS_NS, SYM_BOUND | SYM_PARAM);
    sym_stmts(st, s->classdef.body);
    st->cur = outer;
}

static void sym_import(Sym *st, const AstStmt *s) {
    for (uint32_t k = 0; k < s->import.count; k++) {
        const AstAlias *a = &s->import.names[k];
        if (strcmp(a->name, "*") != 0) sym_bind(st, a->bound);
    }
}

static void sym_stmt(Sym *st, const AstStmt *s) {
    if (!s || st->depth > 2000) return;
    st->depth++;
    switch ((AstStmtKind)s->kind) {
    case AST_FUNCTIONDEF: sym_function(st, s); break;
    case AST_CLASSDEF: sym_class(st, s); break;
    case AST_RETURN:
    case AST_EXPR: sym_expr(st, s->value); break;
    case AST_DELETE: sym_exprs(st, s->targets); break;
    case AST_ASSIGN:
        sym_expr(st, s->assign.value);
        sym_exprs(st, s->assign.targets);
        break;
    case AST_TYPEALIAS: {
        // type X[T] = value: the value is a thunk in the type parameters' scope
        sym_expr(st, s->typealias.name);
        Scope *outer = st->cur;
        bool ok = !s->typealias.type_params.count || sym_type_params(st, &s->typealias.type_params);
        if (ok && scope_enter(st, SCOPE_ANNOTATION, &s->typealias.value)) sym_expr(st, s->typealias.value);
        st->cur = outer;
        break;
    }
    case AST_AUGASSIGN:
        sym_expr(st, s->augassign.value);
        sym_expr(st, s->augassign.target);
        if (s->augassign.target && s->augassign.target->kind == AST_NAME) {
            scope_add(st, st->cur, s->augassign.target->name, SYM_USED | SYM_BOUND);
        }
        break;
    case AST_ANNASSIGN:
        sym_expr(st, s->annassign.value);
        if (s->annassign.target && s->annassign.target->kind == AST_NAME) {
            sym_bind(st, s->annassign.target->name);
        } else {
            sym_expr(st, s->annassign.target);
        }
        sym_class_annotation(st, s);
        break;
    case AST_FOR:
        sym_expr(st, s->for_.iter);
        sym_expr(st, s->for_.target);
        sym_stmts(st, s->for_.body);
        sym_stmts(st, s->for_.orelse);
        break;
    case AST_WHILE:
    case AST_IF:
        sym_expr(st, s->while_.test);
        sym_stmts(st, s->while_.body);
        sym_stmts(st, s->while_.orelse);
        break;
    case AST_WITH:
        for (uint32_t k = 0; k < s->with.count; k++) {
            sym_expr(st, s->with.items[k].context);
            sym_expr(st, s->with.items[k].target);
        }
        sym_stmts(st, s->with.body);
        break;
    case AST_MATCH:
        sym_expr(st, s->match.subject);
        for (uint32_t k = 0; k < s->match.count; k++) {
            sym_pattern(st, s->match.cases[k].pattern);
            sym_expr(st, s->match.cases[k].guard);
            sym_stmts(st, s->match.cases[k].body);
        }
        break;
    case AST_RAISE:
        sym_expr(st, s->raise.exc);
        sym_expr(st, s->raise.cause);
        break;
    case AST_TRY:
        sym_stmts(st, s->try_.body);
        for (uint32_t k = 0; k < s->try_.handler_count; k++) {
            const AstHandler *h = &s->try_.handlers[k];
            sym_expr(st, h->type);
            if (h->name) sym_bind(st, h->name);
            sym_stmts(st, h->body);
        }
        sym_stmts(st, s->try_.orelse);
        sym_stmts(st, s->try_.finalbody);
        break;
    case AST_ASSERT:
        sym_expr(st, s->assert_.test);
        sym_expr(st, s->assert_.msg);
        break;
    case AST_IMPORT:
    case AST_IMPORTFROM: sym_import(st, s); break;
    case AST_GLOBAL:
    case AST_NONLOCAL:
        for (uint32_t k = 0; k < s->names.count; k++) {
            scope_add(st, st->cur, s->names.items[k], s->kind == AST_GLOBAL ? SYM_GLOBAL : SYM_NONLOCAL);
        }
        break;
    default: break;
    }
    st->depth--;
}

static void sym_stmts(Sym *st, AstStmtList body) {
    for (uint32_t k = 0; k < body.count; k++) sym_stmt(st, body.items[k]);
}

// ---- pass 2: free variables and cells ----

static bool name_in(AstIdent *names, uint32_t n, AstIdent name) {
    for (uint32_t k = 0; k < n; k++) {
        if (names[k] == name) return true;
    }
    return false;
}

static void add_free(Sym *st, Scope *code, AstIdent name) {
    if (name_in(code->freenames, code->free_count, name)) return;
    uint32_t cap = code->free_count;  // arrays sized exactly; grow by copying
    AstIdent *fresh = sym_alloc(st, (cap + 1) * sizeof(AstIdent));
    if (!fresh) return;
    if (cap) memcpy(fresh, code->freenames, cap * sizeof(AstIdent));
    fresh[cap] = name;
    code->freenames = fresh;
    code->free_count = cap + 1;
}

static bool binds_here(const Symbol *sym) {
    return sym && (sym->flags & SYM_BOUND) && !(sym->flags & (SYM_GLOBAL | SYM_NONLOCAL));
}

// A name s uses but does not bind: find the binding scope outward; when the path crosses a
// code boundary the binding becomes a cell and every code on the way gets the name as free.
static void resolve_free(Sym *st, Scope *s, AstIdent name) {
    bool crossed = false;
    for (Scope *p = s; p->parent; p = p->parent) {
        if (p->host == p) crossed = true;  // leaving p's own code
        Scope *q = p->parent;
        if (q->kind == SCOPE_MODULE && q->host == q) return;  // module names are globals
        if (q->kind == SCOPE_CLASS) {
            // a class body's names are not visible in its methods; only its __class__ cell is
            if (name != SYMTABLE_CLASS_CELL) continue;
            if (!scope_add(st, q, name, SYM_BOUND)) return;
        }
        Symbol *sym = scope_find(q, name);
        if (sym && (sym->flags & SYM_GLOBAL)) return;
        if (!binds_here(sym)) continue;
        if (!crossed) return;
        sym->flags |= SYM_CELL;
        for (Scope *c = s; c != q && c; c = c->parent) {
            if (c->host == c && c != q->host) add_free(st, c, name);
        }
        return;
    }
}

static void sym_pass_free(Sym *st, Scope *s) {
    for (uint32_t k = 0; k < s->sym_count; k++) {
        Symbol *sym = &s->syms[k];
        if ((sym->flags & SYM_NONLOCAL) || ((sym->flags & SYM_USED) && !binds_here(sym) &&
                                            !(sym->flags & SYM_GLOBAL))) {
            resolve_free(st, s, sym->name);
        }
    }
    for (uint32_t k = 0; k < s->child_count; k++) sym_pass_free(st, s->children[k]);
}

// ---- pass 3: slots ----

static void assign_slots(Sym *st, Scope *code, Scope *s, bool params) {
    for (uint32_t k = 0; k < s->sym_count; k++) {
        Symbol *sym = &s->syms[k];
        if (!binds_here(sym) || ((sym->flags & SYM_PARAM) != 0) != params) continue;
        if (s->kind == SCOPE_MODULE && s->host == s) continue;  // module names live in globals
        if (s->kind == SCOPE_CLASS && !(sym->flags & SYM_CELL)) continue;  // in the namespace
        if (!(sym->flags & SYM_CELL) || (sym->flags & SYM_PARAM)) {
            sym->slot = code->local_count;
            code->varnames[code->local_count++] = sym->name;
        }
        if (sym->flags & SYM_CELL) {
            // a captured parameter keeps its fast slot (where arguments land) and gets a cell
            uint32_t cell = code->cell_count++;
            code->cellnames[cell] = sym->name;
            if (!(sym->flags & SYM_PARAM)) sym->slot = cell;
        }
    }
    if (params) return;
    for (uint32_t k = 0; k < s->child_count; k++) {
        if (s->children[k]->kind == SCOPE_COMPREHENSION) assign_slots(st, code, s->children[k], false);
    }
}

static uint32_t count_syms(const Scope *s) {
    uint32_t n = s->sym_count;
    for (uint32_t k = 0; k < s->child_count; k++) {
        if (s->children[k]->kind == SCOPE_COMPREHENSION) n += count_syms(s->children[k]);
    }
    return n;
}

static void sym_pass_slots(Sym *st, Scope *s) {
    if (s->host == s) {
        uint32_t n = count_syms(s) + 1;
        s->varnames = sym_alloc(st, n * sizeof(AstIdent));
        s->cellnames = sym_alloc(st, n * sizeof(AstIdent));
        if (!s->varnames || !s->cellnames) return;
        // parameters first, in declaration order
        const AstArguments *a = NULL;
        if (s->kind == SCOPE_FUNCTION) {
            const AstStmt *def = s->node;
            a = def->kind == AST_FUNCTIONDEF ? def->funcdef.args : ((const AstExpr *)s->node)->lambda.args;
        }
        if (s->kind == SCOPE_GENEXP || s->kind == SCOPE_CLASS) {
            Symbol *p = scope_find(s, s->kind == SCOPE_CLASS ? SYMTABLE_CLASS_NS : SYMTABLE_GENEXP_ARG);
            p->slot = s->local_count;
            s->varnames[s->local_count++] = p->name;
        }
        if (a) {
            AstIdent order[1024];
            uint32_t n2 = 0;
            for (uint32_t k = 0; k < a->arg_count && n2 < 1024; k++) order[n2++] = a->args[k].name;
            for (uint32_t k = 0; k < a->kwonly_count && n2 < 1024; k++) order[n2++] = a->kwonly[k].name;
            if (a->vararg && n2 < 1024) order[n2++] = a->vararg->name;
            if (a->kwarg && n2 < 1024) order[n2++] = a->kwarg->name;
            for (uint32_t k = 0; k < n2; k++) {
                Symbol *p = scope_find(s, order[k]);
                p->slot = s->local_count;
                s->varnames[s->local_count++] = p->name;
                if (p->flags & SYM_CELL) s->cellnames[s->cell_count++] = p->name;
            }
        }
        assign_slots(st, s, s, false);
    }
    for (uint32_t k = 0; k < s->child_count; k++) sym_pass_slots(st, s->children[k]);
}

Scope *symtable_build(Arena *arena, const AstModule *m) {
    Sym st = {.arena = arena};
    Scope *mod = scope_enter(&st, SCOPE_MODULE, m);
    if (!mod) return NULL;
    sym_stmts(&st, m->body);
    if (st.oom) return NULL;
    sym_pass_free(&st, mod);
    sym_pass_slots(&st, mod);
    return st.oom ? NULL : mod;
}

NameRef symtable_resolve(const Scope *scope, AstIdent name) {
    bool from_comprehension = false;
    for (const Scope *s = scope; s; s = s->parent) {
        // an inlined comprehension still skips its class body's names, as a nested scope would
        bool skip_class = from_comprehension && s->kind == SCOPE_CLASS;
        if (s->kind == SCOPE_COMPREHENSION) from_comprehension = true;
        const Symbol *sym = skip_class ? NULL : scope_find(s, name);
        if (sym && (sym->flags & SYM_GLOBAL)) return (NameRef){NAME_GLOBAL, 0};
        if (binds_here(sym)) {
            if (s->kind == SCOPE_MODULE) return (NameRef){NAME_GLOBAL, 0};
            if ((sym->flags & SYM_CELL) && !(sym->flags & SYM_PARAM)) {
                return (NameRef){NAME_DEREF, sym->slot};
            }
            if (sym->flags & SYM_CELL) {
                // a captured parameter: its cell
                for (uint32_t k = 0; k < s->host->cell_count; k++) {
                    if (s->host->cellnames[k] == name) return (NameRef){NAME_DEREF, k};
                }
            }
            if (s->kind == SCOPE_CLASS && name != SYMTABLE_CLASS_NS) return (NameRef){NAME_CLASS, 0};
            return (NameRef){NAME_FAST, sym->slot};
        }
        if (s->host == s) {
            bool cls = s->kind == SCOPE_CLASS && !skip_class && !(sym && (sym->flags & SYM_NONLOCAL));
            for (uint32_t k = 0; k < s->free_count; k++) {
                if (s->freenames[k] == name) {
                    return (NameRef){cls ? NAME_CLASS_DEREF : NAME_DEREF, s->cell_count + k};
                }
            }
            return (NameRef){cls ? NAME_CLASS : NAME_GLOBAL, 0};
        }
    }
    return (NameRef){NAME_GLOBAL, 0};
}
