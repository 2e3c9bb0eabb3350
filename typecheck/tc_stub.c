// Stub loader: a .pyi file, parsed by moat's parser, becomes a module of signatures and
// variables plus the classes, TypedDicts and aliases its annotations name.
#include "typecheck/tc_stub.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parser/parser.h"
#include "typecheck/tc_stubs_data.h"

// One file being loaded.
typedef struct StubLoad {
    TcStubs *s;
    Arena *a;
    TcModule *into;   // where functions and variables go
    TcTable *types;   // where classes, TypedDicts and aliases go
    bool is_builtins;
    const char *typevars[TC_MAX_TYPEVARS];  // names bound by TypeVar(...) in this file
    uint32_t typevar_count;
} StubLoad;

static const struct {
    const char *name;
    TcBuiltin id;
    uint8_t nparams;
} builtin_classes[] = {
    {"object", TC_CLS_OBJECT, 0}, {"bool", TC_CLS_BOOL, 0},   {"int", TC_CLS_INT, 0},
    {"float", TC_CLS_FLOAT, 0},   {"str", TC_CLS_STR, 0},     {"bytes", TC_CLS_BYTES, 0},
    {"list", TC_CLS_LIST, 1},     {"tuple", TC_CLS_TUPLE, 1}, {"dict", TC_CLS_DICT, 2},
    {"set", TC_CLS_SET, 1},       {"frozenset", TC_CLS_FROZENSET, 1},
    {"range", TC_CLS_RANGE, 0},   {"BaseException", TC_CLS_EXCEPTION, 0},
    {"complex", TC_CLS_COMPLEX, 0},
};

static const char *dup(Arena *a, const char *s) {
    return arena_strndup(a, s, strlen(s));
}

static bool is_name(const AstExpr *e, const char *name) {
    return e && e->kind == AST_NAME && strcmp(e->name, name) == 0;
}

// The last identifier of `X` or `typing.X`.
static const char *annotation_head(const AstExpr *e) {
    if (e->kind == AST_NAME) return e->name;
    if (e->kind == AST_ATTRIBUTE) return e->attribute.attr;
    return NULL;
}

static bool decorated_with(const AstStmt *s, const char *name) {
    for (uint32_t k = 0; k < s->funcdef.decorators.count; k++) {
        const AstExpr *d = s->funcdef.decorators.items[k];
        const char *head = annotation_head(d);
        if (head && strcmp(head, name) == 0) return true;
    }
    return false;
}

// ---- annotations ----------------------------------------------------------------------------

const TcModule *tc_stubs_module(const TcStubs *s, const char *name) {
    for (uint32_t k = 0; k < s->module_count; k++) {
        if (strcmp(s->modules[k]->name, name) == 0) return s->modules[k];
    }
    return NULL;
}

const TcType *tc_builtin_instance(const TcStubs *s, Arena *a, TcBuiltin b, const TcType **args,
                                  uint16_t nargs) {
    const TcClass *c = s->classes[b];
    return c ? tc_instance(a, c, args, nargs) : &tc_unknown;
}

static const TcType *resolve(TcResolver *rs, const AstExpr *e);

static const TcType *resolve_name(TcResolver *rs, const char *name) {
    for (uint32_t k = 0; k < rs->typevar_count; k++) {
        if (strcmp(rs->typevars[k], name) == 0) {
            TcType *t = (TcType *)tc_make(rs->arena, TC_TYPEVAR, NULL, 0);
            if (t != &tc_unknown) t->typevar = k;
            return t;
        }
    }
    for (uint32_t k = 0; k < rs->shadowed_count; k++) {
        if (strcmp(rs->shadowed[k], name) == 0) return &tc_unknown;
    }
    const TcEntry *e = rs->types ? tc_table_get(rs->types, name) : NULL;
    if (!e) e = tc_table_get(&rs->stubs->host_types, name);
    if (e) return e->type;
    if (strcmp(name, "None") == 0) return &tc_none;
    e = tc_table_get(&rs->stubs->builtins.members, name);
    if (e && e->type->kind == TC_CLASS) return tc_instance(rs->arena, e->type->cls, NULL, 0);
    // typing's generic aliases spelled without arguments
    static const struct { const char *name; TcBuiltin b; } aliases[] = {
        {"List", TC_CLS_LIST}, {"Dict", TC_CLS_DICT}, {"Set", TC_CLS_SET},
        {"Tuple", TC_CLS_TUPLE}, {"FrozenSet", TC_CLS_FROZENSET}, {"Text", TC_CLS_STR},
    };
    for (size_t k = 0; k < sizeof aliases / sizeof *aliases; k++) {
        if (strcmp(aliases[k].name, name) == 0) {
            return tc_builtin_instance(rs->stubs, rs->arena, aliases[k].b, NULL, 0);
        }
    }
    return &tc_unknown;
}

// The type of a Literal's value: Literal["a", "b"] is a str for the checker.
static const TcType *literal_type(TcResolver *rs, const AstExpr *v) {
    if (v->kind == AST_TUPLE) {
        const TcType *t = NULL;
        for (uint32_t k = 0; k < v->elts.count; k++) {
            const TcType *one = literal_type(rs, v->elts.items[k]);
            t = t ? tc_join(rs->arena, t, one) : one;
        }
        return t ? t : &tc_unknown;
    }
    if (v->kind != AST_CONST) return &tc_unknown;
    switch (v->constant.kind) {
    case AST_CONST_NONE: return &tc_none;
    case AST_CONST_TRUE:
    case AST_CONST_FALSE: return tc_builtin_instance(rs->stubs, rs->arena, TC_CLS_BOOL, NULL, 0);
    case AST_CONST_INT:
    case AST_CONST_BIGINT: return tc_builtin_instance(rs->stubs, rs->arena, TC_CLS_INT, NULL, 0);
    case AST_CONST_STR: return tc_builtin_instance(rs->stubs, rs->arena, TC_CLS_STR, NULL, 0);
    case AST_CONST_BYTES: return tc_builtin_instance(rs->stubs, rs->arena, TC_CLS_BYTES, NULL, 0);
    default: return &tc_unknown;
    }
}

// Literal["a", "b"]: a str that knows its values; other literals are their class.
static const TcType *literal_strings(TcResolver *rs, const AstExpr *v) {
    const AstExpr *items[16];
    uint32_t n = 0;
    if (v->kind == AST_TUPLE && !v->parens) {
        for (uint32_t k = 0; k < v->elts.count && n < 16; k++) items[n++] = v->elts.items[k];
        if (v->elts.count > 16) return literal_type(rs, v);
    } else {
        items[n++] = v;
    }
    const char **values = arena_calloc(rs->arena, n, sizeof *values);
    if (!values) return &tc_unknown;
    for (uint32_t k = 0; k < n; k++) {
        const AstExpr *c = items[k];
        if (c->kind != AST_CONST || c->constant.kind != AST_CONST_STR ||
            memchr(c->constant.str, 0, c->constant.len)) {
            return literal_type(rs, v);
        }
        values[k] = arena_strndup(rs->arena, c->constant.str, c->constant.len);
        if (!values[k]) return &tc_unknown;
    }
    TcType *t = (TcType *)tc_builtin_instance(rs->stubs, rs->arena, TC_CLS_STR, NULL, 0);
    if (t == &tc_unknown) return t;
    t->literals = values;
    t->nliterals = (uint16_t)n;
    return t;
}

// The items of a subscript's slice: X[a, b] gives a, b.
static uint32_t slice_items(const AstExpr *slice, const AstExpr **out, uint32_t cap) {
    if (slice->kind != AST_TUPLE || slice->parens) {
        out[0] = slice;
        return 1;
    }
    uint32_t n = slice->elts.count < cap ? slice->elts.count : cap;
    for (uint32_t k = 0; k < n; k++) out[k] = slice->elts.items[k];
    return n;
}

static const TcType *resolve_generic(TcResolver *rs, TcBuiltin b, const AstExpr **items,
                                     uint32_t n) {
    const TcType *args[8];
    uint16_t count = 0;
    bool var = false;
    for (uint32_t k = 0; k < n && count < 8; k++) {
        if (items[k]->kind == AST_CONST && items[k]->constant.kind == AST_CONST_ELLIPSIS) {
            var = true;
            continue;
        }
        args[count++] = resolve(rs, items[k]);
    }
    const TcClass *c = rs->stubs->classes[b];
    if (!c) return &tc_unknown;
    if (b == TC_CLS_ITERATOR && count > 1) count = 1;  // Generator[Yield, Send, Return]
    if (b != TC_CLS_TUPLE && count != c->nparams) return tc_instance(rs->arena, c, NULL, 0);
    TcType *t = (TcType *)tc_instance(rs->arena, c, args, count);
    if (t != &tc_unknown) t->tuple_var = var && count == 1;
    return t;
}

static const TcType *resolve_subscript(TcResolver *rs, const AstExpr *e) {
    const char *head = annotation_head(e->subscript.value);
    if (!head) return &tc_unknown;
    const AstExpr *items[8];
    uint32_t n = slice_items(e->subscript.slice, items, 8);
    static const struct { const char *name; TcBuiltin b; } generics[] = {
        {"list", TC_CLS_LIST}, {"List", TC_CLS_LIST}, {"dict", TC_CLS_DICT},
        {"Dict", TC_CLS_DICT}, {"set", TC_CLS_SET}, {"Set", TC_CLS_SET},
        {"frozenset", TC_CLS_FROZENSET}, {"FrozenSet", TC_CLS_FROZENSET},
        {"tuple", TC_CLS_TUPLE}, {"Tuple", TC_CLS_TUPLE},
        {"Mapping", TC_CLS_DICT}, {"MutableMapping", TC_CLS_DICT},
        // what can be iterated: checked as such, its other attributes left open
        {"Iterator", TC_CLS_ITERATOR}, {"Iterable", TC_CLS_ITERATOR},
        {"Sequence", TC_CLS_ITERATOR}, {"Collection", TC_CLS_ITERATOR},
        {"Generator", TC_CLS_ITERATOR}, {"MutableSequence", TC_CLS_ITERATOR},
    };
    for (size_t k = 0; k < sizeof generics / sizeof *generics; k++) {
        if (strcmp(generics[k].name, head) == 0) return resolve_generic(rs, generics[k].b, items, n);
    }
    if (strcmp(head, "Optional") == 0) return tc_join(rs->arena, resolve(rs, items[0]), &tc_none);
    if (strcmp(head, "Union") == 0) {
        const TcType *t = resolve(rs, items[0]);
        for (uint32_t k = 1; k < n; k++) t = tc_join(rs->arena, t, resolve(rs, items[k]));
        return t;
    }
    if (strcmp(head, "Literal") == 0) return literal_strings(rs, e->subscript.slice);
    if (!strcmp(head, "Annotated") || !strcmp(head, "NotRequired") || !strcmp(head, "Required") ||
        !strcmp(head, "ReadOnly") || !strcmp(head, "Final")) {
        return resolve(rs, items[0]);
    }
    if (strcmp(head, "Callable") == 0 && n == 2) {
        return tc_make1(rs->arena, TC_CALLABLE, resolve(rs, items[1]));
    }
    if (strcmp(head, "Awaitable") == 0 || strcmp(head, "Coroutine") == 0) {
        return tc_make1(rs->arena, TC_COROUTINE, resolve(rs, items[n - 1]));
    }
    return &tc_unknown;  // Iterable, Sequence, Mapping, type[...]: not modelled yet
}

static const TcType *resolve(TcResolver *rs, const AstExpr *e) {
    if (!e || rs->depth > 32) return &tc_unknown;
    rs->depth++;
    const TcType *t = &tc_unknown;
    switch (e->kind) {
    case AST_NAME: t = resolve_name(rs, e->name); break;
    case AST_ATTRIBUTE: t = resolve_name(rs, e->attribute.attr); break;
    case AST_CONST:
        if (e->constant.kind == AST_CONST_NONE) t = &tc_none;
        // a forward reference: "Deal"
        else if (e->constant.kind == AST_CONST_STR && e->constant.len < 128) {
            char name[128];
            memcpy(name, e->constant.str, e->constant.len);
            name[e->constant.len] = '\0';
            if (strspn(name, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_0123456789") ==
                e->constant.len) {
                t = resolve_name(rs, name);
            }
        }
        break;
    case AST_SUBSCRIPT: t = resolve_subscript(rs, e); break;
    case AST_BINOP:
        if (e->binop.op == AST_OP_BITOR) {
            t = tc_join(rs->arena, resolve(rs, e->binop.left), resolve(rs, e->binop.right));
        }
        break;
    default: break;
    }
    rs->depth--;
    return t;
}

const TcType *tc_resolve_annotation(TcResolver *rs, const AstExpr *e) {
    return resolve(rs, e);
}

// ---- functions ------------------------------------------------------------------------------

static void add_param(TcParam *p, uint32_t *n, const AstArg *arg, TcParamKind kind,
                      bool has_default, TcResolver *rs) {
    p[*n] = (TcParam){
        .name = arg->name,
        .type = arg->annotation ? resolve(rs, arg->annotation) : &tc_unknown,
        .kind = (uint8_t)kind,
        .has_default = has_default,
    };
    (*n)++;
}

// The signature of a def; `skip` leading parameters are dropped (a method's self).
TcFunc *tc_func_from_def(TcResolver *rs, const AstStmt *s, uint32_t skip) {
    const AstArguments *a = s->funcdef.args;
    TcFunc *f = arena_calloc(rs->arena, 1, sizeof *f);
    uint32_t total = a->arg_count + a->kwonly_count + 2;
    TcParam *p = f ? arena_calloc(rs->arena, total, sizeof *p) : NULL;
    if (!p) return NULL;
    uint32_t n = 0;
    uint32_t first_default = a->arg_count - a->default_count;
    for (uint32_t k = skip < a->arg_count ? skip : a->arg_count; k < a->arg_count; k++) {
        add_param(p, &n, &a->args[k], k < a->posonly_count ? TC_PARAM_POSONLY : TC_PARAM_NORMAL,
                  k >= first_default, rs);
    }
    if (a->vararg) add_param(p, &n, a->vararg, TC_PARAM_VARARG, false, rs);
    for (uint32_t k = 0; k < a->kwonly_count; k++) {
        add_param(p, &n, &a->kwonly[k], TC_PARAM_KWONLY, a->kw_defaults[k] != NULL, rs);
    }
    if (a->kwarg) add_param(p, &n, a->kwarg, TC_PARAM_VARKW, false, rs);
    // a stub's old-style positional-only parameters: __x
    for (uint32_t k = 0; k < n && p[k].kind == TC_PARAM_NORMAL; k++) {
        if (strncmp(p[k].name, "__", 2) == 0 && !strstr(p[k].name + 2, "__")) {
            p[k].kind = TC_PARAM_POSONLY;
        }
    }
    f->name = s->funcdef.name;
    f->params = p;
    f->count = n;
    f->ret = s->funcdef.returns ? resolve(rs, s->funcdef.returns) : &tc_unknown;
    f->is_async = s->funcdef.is_async;
    return f;
}

// Puts f in table under its name; an @overload joins the chain of the name's earlier ones.
static bool put_function(Arena *a, TcTable *t, TcFunc *f, bool overload) {
    const TcEntry *old = tc_table_get(t, f->name);
    if (overload && old && old->type->kind == TC_FUNC) {
        TcFunc *last = (TcFunc *)old->type->func;
        while (last->overload) last = (TcFunc *)last->overload;
        last->overload = f;
        return true;
    }
    return tc_table_put(a, t, f->name, tc_func(a, f, NULL), false);
}

// ---- classes and TypedDicts -------------------------------------------------------------------

static bool class_is_typeddict(const StubLoad *ld, const AstStmt *s) {
    for (uint32_t k = 0; k < s->classdef.bases.count; k++) {
        const char *head = annotation_head(s->classdef.bases.items[k]);
        if (!head) continue;
        if (strcmp(head, "TypedDict") == 0) return true;
        const TcEntry *e = tc_table_get(ld->types, head);
        if (e && e->type->kind == TC_TYPEDDICT) return true;
    }
    return false;
}

static bool class_total(const AstStmt *s) {
    for (uint32_t k = 0; k < s->classdef.keyword_count; k++) {
        const AstKeyword *kw = &s->classdef.keywords[k];
        if (kw->arg && strcmp(kw->arg, "total") == 0 && kw->value->kind == AST_CONST &&
            kw->value->constant.kind == AST_CONST_FALSE) {
            return false;
        }
    }
    return true;
}

static bool annotation_says(const AstExpr *e, const char *wrapper) {
    if (e->kind != AST_SUBSCRIPT) return false;
    const char *head = annotation_head(e->subscript.value);
    return head && strcmp(head, wrapper) == 0;
}

static bool fill_typeddict(StubLoad *ld, TcResolver *rs, const AstStmt *s, TcTypedDict *td) {
    for (uint32_t k = 0; k < s->classdef.bases.count; k++) {
        const char *head = annotation_head(s->classdef.bases.items[k]);
        const TcEntry *e = head ? tc_table_get(ld->types, head) : NULL;
        if (!e || e->type->kind != TC_TYPEDDICT || e->type->td == td) continue;
        const TcTable *base = &e->type->td->fields;
        for (uint32_t j = 0; j < base->count; j++) {
            const TcEntry *f = tc_table_get(base, base->order[j]);
            if (!tc_table_put(ld->a, &td->fields, f->name, f->type, f->required)) return false;
        }
    }
    bool total = class_total(s);
    for (uint32_t k = 0; k < s->classdef.body.count; k++) {
        const AstStmt *st = s->classdef.body.items[k];
        if (st->kind != AST_ANNASSIGN || st->annassign.target->kind != AST_NAME) continue;
        const AstExpr *ann = st->annassign.annotation;
        bool required = annotation_says(ann, "Required") || (total && !annotation_says(ann, "NotRequired"));
        if (!tc_table_put(ld->a, &td->fields, st->annassign.target->name, resolve(rs, ann), required)) {
            return false;
        }
    }
    return true;
}

// Type parameters of `class list(Generic[_T])`, in order.
static void class_typevars(const StubLoad *ld, const AstStmt *s, TcResolver *rs) {
    for (uint32_t k = 0; k < s->classdef.bases.count; k++) {
        const AstExpr *b = s->classdef.bases.items[k];
        if (b->kind != AST_SUBSCRIPT || !is_name(b->subscript.value, "Generic")) continue;
        const AstExpr *items[TC_MAX_TYPEVARS];
        uint32_t n = slice_items(b->subscript.slice, items, TC_MAX_TYPEVARS);
        for (uint32_t j = 0; j < n; j++) {
            if (items[j]->kind == AST_NAME) rs->typevars[rs->typevar_count++] = items[j]->name;
        }
    }
    (void)ld;
}

// guard: `class A(B)` and `class B(A)` must not make a cycle of bases
static bool class_derives_from(const TcClass *c, const TcClass *ancestor) {
    for (int depth = 0; c && depth < 64; c = c->base, depth++) {
        if (c == ancestor) return true;
    }
    return c != NULL;
}

static bool fill_class(StubLoad *ld, TcResolver *rs, const AstStmt *s, TcClass *c) {
    class_typevars(ld, s, rs);
    for (uint32_t k = 0; k < s->classdef.bases.count && !c->base; k++) {
        const char *head = annotation_head(s->classdef.bases.items[k]);
        const TcEntry *e = head ? tc_table_get(ld->types, head) : NULL;
        if (!e) e = head ? tc_table_get(&ld->s->builtins.members, head) : NULL;
        const TcClass *base = e && (e->type->kind == TC_CLASS || e->type->kind == TC_INSTANCE)
                                  ? e->type->cls : NULL;
        if (base && !class_derives_from(base, c)) c->base = base;
    }
    if (c->base && c->base->builtin == TC_CLS_EXCEPTION && c->builtin == TC_CLS_OTHER) {
        c->builtin = TC_CLS_EXCEPTION;
    }
    for (uint32_t k = 0; k < s->classdef.body.count; k++) {
        const AstStmt *st = s->classdef.body.items[k];
        bool ok = true;
        if (st->kind == AST_FUNCTIONDEF) {
            uint32_t skip = decorated_with(st, "staticmethod") ? 0 : 1;
            TcFunc *f = tc_func_from_def(rs, st, skip);
            ok = f && put_function(ld->a, &c->members, f, decorated_with(st, "overload"));
        } else if (st->kind == AST_ANNASSIGN && st->annassign.target->kind == AST_NAME) {
            ok = tc_table_put(ld->a, &c->members, st->annassign.target->name,
                              resolve(rs, st->annassign.annotation), false);
        }
        if (!ok) return false;
    }
    rs->typevar_count = 0;
    return true;
}

static TcBuiltin builtin_id(const char *name, uint8_t *nparams) {
    for (size_t k = 0; k < sizeof builtin_classes / sizeof *builtin_classes; k++) {
        if (strcmp(builtin_classes[k].name, name) == 0) {
            *nparams = builtin_classes[k].nparams;
            return builtin_classes[k].id;
        }
    }
    return TC_CLS_OTHER;
}

// Pass 1: every class, TypedDict and alias name exists before any annotation is resolved.
static bool declare_class(StubLoad *ld, const AstStmt *s) {
    const char *name = s->classdef.name;
    if (class_is_typeddict(ld, s)) {
        TcTypedDict *td = arena_calloc(ld->a, 1, sizeof *td);
        TcType *t = (TcType *)tc_make(ld->a, TC_TYPEDDICT, NULL, 0);
        if (!td || t == &tc_unknown) return false;
        td->name = name;
        t->td = td;
        return tc_table_put(ld->a, ld->types, name, t, false);
    }
    TcClass *c = arena_calloc(ld->a, 1, sizeof *c);
    if (!c) return false;
    c->name = name;
    if (ld->is_builtins) {
        c->builtin = builtin_id(name, &c->nparams);
        if (c->builtin != TC_CLS_OTHER) ld->s->classes[c->builtin] = c;
        if (strcmp(name, "Iterator") == 0) {
            c->builtin = TC_CLS_ITERATOR;
            c->nparams = 1;
            ld->s->classes[TC_CLS_ITERATOR] = c;
        }
    }
    const TcType *ct = tc_class_type(ld->a, c);
    // moat's classes are names a script uses; a host's classes only types its values have
    if (ld->into != &ld->s->host && name[0] != '_' && strcmp(name, "Iterator") != 0 &&
        !tc_table_put(ld->a, &ld->into->members, name, ct, false)) {
        return false;
    }
    return tc_table_put(ld->a, ld->types, name, ct, false);
}

static bool is_typevar_call(const AstExpr *v) {
    return v && v->kind == AST_CALL && annotation_head(v->call.func) &&
           strcmp(annotation_head(v->call.func), "TypeVar") == 0;
}

static bool declare_alias(StubLoad *ld, TcResolver *rs, const AstExpr *target, const AstExpr *value) {
    if (target->kind != AST_NAME) return true;
    if (is_typevar_call(value)) {
        if (ld->typevar_count < TC_MAX_TYPEVARS) ld->typevars[ld->typevar_count++] = target->name;
        return true;
    }
    return tc_table_put(ld->a, ld->types, target->name, resolve(rs, value), false);
}

// A class's (instance) type for tables: classes in `types` are TC_CLASS, annotations want
// instances; this turns a table's class entries into instance types once pass 1 is done.
static bool instances_for_annotations(StubLoad *ld) {
    for (uint32_t k = 0; k < ld->types->count; k++) {
        const TcEntry *e = tc_table_get(ld->types, ld->types->order[k]);
        if (e->type->kind != TC_CLASS) continue;
        const TcType *inst = tc_instance(ld->a, e->type->cls, NULL, 0);
        if (!tc_table_put(ld->a, ld->types, e->name, inst, false)) return false;
    }
    return true;
}

static bool load_statement(StubLoad *ld, TcResolver *rs, const AstStmt *s) {
    switch (s->kind) {
    case AST_FUNCTIONDEF: {
        TcFunc *f = tc_func_from_def(rs, s, 0);
        return f && put_function(ld->a, &ld->into->members, f, decorated_with(s, "overload"));
    }
    case AST_CLASSDEF: {
        const TcEntry *e = tc_table_get(ld->types, s->classdef.name);
        if (!e) return true;
        if (e->type->kind == TC_TYPEDDICT) return fill_typeddict(ld, rs, s, (TcTypedDict *)e->type->td);
        return fill_class(ld, rs, s, (TcClass *)e->type->cls);
    }
    case AST_ANNASSIGN: {
        const AstExpr *t = s->annassign.target;
        const char *head = annotation_head(s->annassign.annotation);
        if (t->kind != AST_NAME) return true;
        if (head && strcmp(head, "TypeAlias") == 0) return true;  // done in pass 1
        return tc_table_put(ld->a, &ld->into->members, t->name, resolve(rs, s->annassign.annotation),
                            false);
    }
    default: return true;
    }
}

// The module's classes and aliases first (pass 1), then everything that refers to them.
static bool load_module(StubLoad *ld, const AstModule *m) {
    TcResolver rs = {.arena = ld->a, .stubs = ld->s, .types = ld->types};
    for (uint32_t k = 0; k < m->body.count; k++) {
        const AstStmt *s = m->body.items[k];
        if (s->kind == AST_CLASSDEF && !declare_class(ld, s)) return false;
    }
    if (!instances_for_annotations(ld)) return false;
    for (uint32_t k = 0; k < m->body.count; k++) {
        const AstStmt *s = m->body.items[k];
        bool ok = true;
        if (s->kind == AST_ASSIGN && s->assign.targets.count == 1) {
            ok = declare_alias(ld, &rs, s->assign.targets.items[0], s->assign.value);
        } else if (s->kind == AST_ANNASSIGN && s->annassign.value &&
                   annotation_head(s->annassign.annotation) &&
                   strcmp(annotation_head(s->annassign.annotation), "TypeAlias") == 0) {
            ok = declare_alias(ld, &rs, s->annassign.target, s->annassign.value);
        } else if (s->kind == AST_TYPEALIAS) {
            ok = declare_alias(ld, &rs, s->typealias.name, s->typealias.value);
        }
        if (!ok) return false;
    }
    for (uint32_t k = 0; k < m->body.count; k++) {
        if (!load_statement(ld, &rs, m->body.items[k])) return false;
    }
    return true;
}

// Parses one stub; on a syntax error *error names the first one.
static bool load_source(StubLoad *ld, const char *src, size_t len, const char *name,
                        const char **error) {
    char *copy = arena_strndup(ld->a, src, len);
    if (!copy) return false;
    DiagList dl;
    diag_list_init(&dl, ld->a);
    AstModule *m = parser_parse(ld->a, copy, len, &dl);
    if (!m) return false;
    for (size_t k = 0; k < dl.count; k++) {
        const Diag *d = &dl.items[k];
        if (d->severity != DIAG_ERROR) continue;
        char buf[512];
        snprintf(buf, sizeof buf, "%s:%u:%u: %s: %s", name, d->span.line, d->span.col + 1,
                 d->exc ? d->exc : "error", d->message);
        if (error) *error = dup(ld->a, buf);
        return false;
    }
    return load_module(ld, m);
}

// ---- the set ----------------------------------------------------------------------------------

static TcModule *module_new(TcStubs *s, const char *name) {
    TcModule *m = arena_calloc(&s->arena, 1, sizeof *m);
    if (!m || s->module_count >= TC_MAX_MODULES) return NULL;
    m->name = dup(&s->arena, name);
    s->modules[s->module_count++] = m;
    return m;
}

static bool load_bundled(TcStubs *s) {
    const TcStubSource *b = NULL;
    for (size_t k = 0; k < tc_stub_source_count; k++) {
        if (strcmp(tc_stub_sources[k].module, "builtins") == 0) b = &tc_stub_sources[k];
    }
    if (!b) return false;
    TcTable builtin_types;
    tc_table_init(&builtin_types);
    s->builtins.name = "builtins";
    StubLoad ld = {.s = s, .a = &s->arena, .into = &s->builtins, .types = &builtin_types,
                   .is_builtins = true};
    const char *error = NULL;
    if (!load_source(&ld, b->text, b->len, "builtins.pyi", &error)) return false;
    for (size_t k = 0; k < tc_stub_source_count; k++) {
        const TcStubSource *src = &tc_stub_sources[k];
        if (src == b) continue;
        TcModule *m = module_new(s, src->module);
        TcTable types;
        tc_table_init(&types);
        StubLoad one = {.s = s, .a = &s->arena, .into = m, .types = &types};
        if (!m || !load_source(&one, src->text, src->len, src->module, &error)) return false;
    }
    return true;
}

TcStubs *tc_stubs_new(void) {
    Arena arena;
    arena_init(&arena);
    TcStubs *s = arena_calloc(&arena, 1, sizeof *s);
    if (!s) {
        arena_fini(&arena);
        return NULL;
    }
    s->arena = arena;
    s->host.name = "host";
    if (!load_bundled(s)) {
        tc_stubs_free(s);
        return NULL;
    }
    return s;
}

void tc_stubs_free(TcStubs *s) {
    if (!s) return;
    Arena arena = s->arena;  // s lives inside
    arena_fini(&arena);
}

void *tc_stubs_alloc(TcStubs *s, size_t size) {
    return arena_calloc(&s->arena, 1, size);
}

bool tc_stubs_add(TcStubs *s, const char *source, size_t len, const char *name,
                  const char **error) {
    if (error) *error = NULL;
    StubLoad ld = {.s = s, .a = &s->arena, .into = &s->host, .types = &s->host_types};
    bool ok = load_source(&ld, source, len, name ? name : "<stub>", error);
    if (!ok && error && !*error) *error = "out of memory";
    return ok;
}

size_t tc_stubs_name_count(const TcStubs *s) {
    return s->host.members.count;
}

bool tc_stubs_name_at(const TcStubs *s, size_t i, TcStubName *out) {
    if (i >= s->host.members.count) return false;
    const TcEntry *e = tc_table_get(&s->host.members, s->host.members.order[i]);
    memset(out, 0, sizeof *out);
    out->name = e->name;
    out->is_function = e->type->kind == TC_FUNC;
    if (out->is_function) {
        out->function = e->type->func;
        out->is_async = e->type->func->is_async;
    } else {
        out->type = e->type;
    }
    return true;
}

void tc_func_signature(const TcFunc *f, char *buf, size_t cap) {
    size_t at = 0;
    char type[256];
#define EMIT(...) at += (size_t)snprintf(buf + at, at < cap ? cap - at : 0, __VA_ARGS__)
    if (cap) buf[0] = '\0';
    EMIT("%sdef %s(", f->is_async ? "async " : "", f->name);
    bool star_done = false;
    for (uint32_t k = 0; k < f->count; k++) {
        const TcParam *p = &f->params[k];
        if (k) EMIT(", ");
        if (p->kind == TC_PARAM_KWONLY && !star_done) EMIT("*, ");
        if (p->kind == TC_PARAM_VARARG) star_done = true;
        if (p->kind == TC_PARAM_KWONLY) star_done = true;
        EMIT("%s%s", p->kind == TC_PARAM_VARARG ? "*" : p->kind == TC_PARAM_VARKW ? "**" : "",
             p->name);
        if (!tc_is_unknown(p->type)) {
            tc_type_str(p->type, type, sizeof type);
            EMIT(": %s", type);
        }
        if (p->has_default) EMIT(" = ...");
        bool last_posonly = p->kind == TC_PARAM_POSONLY &&
                            (k + 1 == f->count || f->params[k + 1].kind != TC_PARAM_POSONLY);
        if (last_posonly) EMIT(", /");
    }
    tc_type_str(f->ret, type, sizeof type);
    EMIT(") -> %s", type);
#undef EMIT
    if (at >= cap && cap > 4) memcpy(buf + cap - 4, "...", 4);
}
