// The checker's type model: construction, unions, compatibility and printing.
#include "typecheck/tc_type.h"

#include <stdio.h>
#include <string.h>

const TcType tc_unknown = {.kind = TC_UNKNOWN};
const TcType tc_none = {.kind = TC_NONE};

// Unions past this many members say too little to be worth checking against.
enum { TC_MAX_UNION = 8, TC_MAX_DEPTH = 32 };

static uint32_t tc_hash(const char *s) {
    uint32_t h = 2166136261u;
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

void tc_table_init(TcTable *t) {
    memset(t, 0, sizeof *t);
}

static TcEntry *tc_table_slot(TcEntry *items, uint32_t cap, const char *name) {
    uint32_t k = tc_hash(name) & (cap - 1);
    while (items[k].name && strcmp(items[k].name, name) != 0) k = (k + 1) & (cap - 1);
    return &items[k];
}

static bool tc_table_grow(Arena *a, TcTable *t) {
    uint32_t cap = t->cap ? t->cap * 2 : 16;
    TcEntry *items = arena_calloc(a, cap, sizeof *items);
    const char **order = arena_calloc(a, cap, sizeof *order);
    if (!items || !order) return false;
    for (uint32_t k = 0; k < t->cap; k++) {
        if (t->items[k].name) *tc_table_slot(items, cap, t->items[k].name) = t->items[k];
    }
    if (t->count) memcpy(order, t->order, t->count * sizeof *order);
    t->items = items;
    t->order = order;
    t->cap = cap;
    return true;
}

bool tc_table_put(Arena *a, TcTable *t, const char *name, const TcType *type, bool required) {
    if ((t->count + 1) * 2 > t->cap && !tc_table_grow(a, t)) return false;
    TcEntry *e = tc_table_slot(t->items, t->cap, name);
    if (!e->name) t->order[t->count++] = name;
    *e = (TcEntry){.name = name, .type = type, .required = required};
    return true;
}

const TcEntry *tc_table_get(const TcTable *t, const char *name) {
    if (!t->cap) return NULL;
    const TcEntry *e = tc_table_slot(t->items, t->cap, name);
    return e->name ? e : NULL;
}

const TcType *tc_make(Arena *a, TcKind kind, const TcType **args, uint16_t nargs) {
    TcType *t = arena_calloc(a, 1, sizeof *t);
    if (!t) return &tc_unknown;
    t->kind = (uint8_t)kind;
    t->nargs = nargs;
    if (nargs) {
        t->args = arena_calloc(a, nargs, sizeof *t->args);
        if (!t->args) return &tc_unknown;
        memcpy(t->args, args, nargs * sizeof *args);
    }
    return t;
}

const TcType *tc_make1(Arena *a, TcKind kind, const TcType *arg) {
    return tc_make(a, kind, &arg, 1);
}

const TcType *tc_instance(Arena *a, const TcClass *cls, const TcType **args, uint16_t nargs) {
    TcType *t = (TcType *)tc_make(a, TC_INSTANCE, args, nargs);
    if (t != &tc_unknown) t->cls = cls;
    return t;
}

const TcType *tc_instance1(Arena *a, const TcClass *cls, const TcType *arg) {
    return tc_instance(a, cls, &arg, 1);
}

const TcType *tc_func(Arena *a, const TcFunc *f, const TcType *receiver) {
    TcType *t = (TcType *)tc_make(a, TC_FUNC, NULL, 0);
    if (t == &tc_unknown) return t;
    t->func = f;
    t->receiver = receiver;
    return t;
}

const TcType *tc_class_type(Arena *a, const TcClass *cls) {
    TcType *t = (TcType *)tc_make(a, TC_CLASS, NULL, 0);
    if (t != &tc_unknown) t->cls = cls;
    return t;
}

bool tc_is_unknown(const TcType *x) {
    return !x || x->kind == TC_UNKNOWN;
}

static bool tc_equal_depth(const TcType *x, const TcType *y, int depth) {
    if (x == y) return true;
    if (depth > TC_MAX_DEPTH || x->kind != y->kind || x->nargs != y->nargs) return false;
    if (x->tuple_var != y->tuple_var || x->nliterals != y->nliterals) return false;
    for (uint16_t k = 0; k < x->nliterals; k++) {
        if (strcmp(x->literals[k], y->literals[k]) != 0) return false;
    }
    switch (x->kind) {
    case TC_INSTANCE:
    case TC_CLASS: if (x->cls != y->cls) return false; break;
    case TC_TYPEDDICT: if (x->td != y->td) return false; break;
    case TC_FUNC: if (x->func != y->func) return false; break;
    case TC_MODULE: if (x->mod != y->mod) return false; break;
    case TC_TYPEVAR: if (x->typevar != y->typevar) return false; break;
    default: break;
    }
    for (uint16_t k = 0; k < x->nargs; k++) {
        if (!tc_equal_depth(x->args[k], y->args[k], depth + 1)) return false;
    }
    return true;
}

bool tc_equal(const TcType *x, const TcType *y) {
    return tc_equal_depth(x, y, 0);
}

// Adds t (a non-union) to members unless an equal one is there; false past the cap.
static bool union_add(const TcType **members, uint16_t *n, const TcType *t) {
    for (uint16_t k = 0; k < *n; k++) {
        if (tc_equal(members[k], t)) return true;
    }
    if (*n >= TC_MAX_UNION) return false;
    members[(*n)++] = t;
    return true;
}

static bool union_add_all(const TcType **members, uint16_t *n, const TcType *t) {
    if (t->kind != TC_UNION) return union_add(members, n, t);
    for (uint16_t k = 0; k < t->nargs; k++) {
        if (!union_add(members, n, t->args[k])) return false;
    }
    return true;
}

const TcType *tc_join(Arena *a, const TcType *x, const TcType *y) {
    if (!x || !y || x->kind == TC_UNKNOWN || y->kind == TC_UNKNOWN) return &tc_unknown;
    if (tc_equal(x, y)) return x;
    const TcType *members[TC_MAX_UNION];
    uint16_t n = 0;
    if (!union_add_all(members, &n, x) || !union_add_all(members, &n, y)) return &tc_unknown;
    if (n == 1) return members[0];
    return tc_make(a, TC_UNION, members, n);
}

bool tc_may_be_none(const TcType *x) {
    if (x->kind == TC_NONE) return true;
    if (x->kind != TC_UNION) return false;
    for (uint16_t k = 0; k < x->nargs; k++) {
        if (x->args[k]->kind == TC_NONE) return true;
    }
    return false;
}

const TcType *tc_without_none(Arena *a, const TcType *x) {
    if (x->kind == TC_NONE) return NULL;
    if (!tc_may_be_none(x)) return x;
    const TcType *members[TC_MAX_UNION];
    uint16_t n = 0;
    for (uint16_t k = 0; k < x->nargs; k++) {
        if (x->args[k]->kind != TC_NONE) members[n++] = x->args[k];
    }
    return n == 1 ? members[0] : tc_make(a, TC_UNION, members, n);
}

TcBuiltin tc_builtin_of(const TcType *t) {
    return t->kind == TC_INSTANCE ? t->cls->builtin : TC_CLS_OTHER;
}

static bool class_is_sub(const TcClass *c, const TcClass *base) {
    for (; c; c = c->base) {
        if (c == base) return true;
    }
    return false;
}

// Numeric promotion of PEP 484: bool is an int, int is accepted where float is.
static bool instance_accepts(const TcType *actual, const TcType *expected, int depth);

static bool assignable_depth(const TcType *actual, const TcType *expected, int depth) {
    if (depth > TC_MAX_DEPTH) return true;
    if (actual->kind == TC_UNKNOWN || expected->kind == TC_UNKNOWN) return true;
    if (expected->kind == TC_TYPEVAR || actual->kind == TC_TYPEVAR) return true;
    if (expected->kind == TC_INSTANCE && expected->cls->builtin == TC_CLS_OBJECT) return true;
    if (actual->kind == TC_UNION) {
        for (uint16_t k = 0; k < actual->nargs; k++) {
            if (!assignable_depth(actual->args[k], expected, depth + 1)) return false;
        }
        return true;
    }
    if (expected->kind == TC_UNION) {
        for (uint16_t k = 0; k < expected->nargs; k++) {
            if (assignable_depth(actual, expected->args[k], depth + 1)) return true;
        }
        return false;
    }
    switch (expected->kind) {
    case TC_NONE: return actual->kind == TC_NONE;
    case TC_INSTANCE: return instance_accepts(actual, expected, depth);
    case TC_TYPEDDICT:
        // a dict literal or another TypedDict may well have the right keys
        return actual->kind == TC_TYPEDDICT || tc_builtin_of(actual) == TC_CLS_DICT;
    case TC_CALLABLE:
    case TC_FUNC:
        return actual->kind == TC_FUNC || actual->kind == TC_CALLABLE || actual->kind == TC_CLASS;
    case TC_COROUTINE: return actual->kind == TC_COROUTINE;
    default: return true;
    }
}

// Anything iterable is accepted where an Iterable (Sequence, Iterator, ...) is expected.
static bool iterable_accepts(const TcType *actual, const TcType *expected, int depth) {
    if (actual->kind == TC_TYPEDDICT) return true;
    if (actual->kind != TC_INSTANCE) return false;
    switch (actual->cls->builtin) {
    case TC_CLS_STR:
    case TC_CLS_BYTES:
    case TC_CLS_RANGE:
    case TC_CLS_DICT:
    case TC_CLS_TUPLE: return true;  // their items are not compared (yet)
    case TC_CLS_LIST:
    case TC_CLS_SET:
    case TC_CLS_FROZENSET:
    case TC_CLS_ITERATOR:
        if (actual->nargs && expected->nargs) {
            return assignable_depth(actual->args[0], expected->args[0], depth + 1);
        }
        return true;
    case TC_CLS_OTHER:
    case TC_CLS_OBJECT:
    case TC_CLS_EXCEPTION: return true;
    default: return false;
    }
}

static bool instance_accepts(const TcType *actual, const TcType *expected, int depth) {
    TcBuiltin want = expected->cls->builtin;
    if (want == TC_CLS_ITERATOR) return iterable_accepts(actual, expected, depth);
    if (actual->kind == TC_TYPEDDICT) return want == TC_CLS_DICT;
    if (actual->kind != TC_INSTANCE) return false;
    TcBuiltin got = actual->cls->builtin;
    if (want == TC_CLS_FLOAT && (got == TC_CLS_INT || got == TC_CLS_BOOL)) return true;
    if (want == TC_CLS_COMPLEX && (got == TC_CLS_INT || got == TC_CLS_BOOL || got == TC_CLS_FLOAT)) {
        return true;
    }
    if (!class_is_sub(actual->cls, expected->cls)) return false;
    if (got == TC_CLS_TUPLE || want == TC_CLS_TUPLE) return true;  // shapes vary; stay silent
    // element types are compared covariantly: a list that is never mutated is fine
    for (uint16_t k = 0; k < expected->nargs && k < actual->nargs; k++) {
        if (!assignable_depth(actual->args[k], expected->args[k], depth + 1)) return false;
    }
    return true;
}

bool tc_assignable(const TcType *actual, const TcType *expected) {
    return assignable_depth(actual, expected, 0);
}

static const TcType *substitute_depth(Arena *a, const TcType *t, const TcType *recv, int depth) {
    if (t->kind == TC_TYPEVAR) {
        if (recv && recv->kind == TC_INSTANCE && t->typevar < recv->nargs) {
            return recv->args[t->typevar];
        }
        return &tc_unknown;
    }
    if (!t->nargs || depth > TC_MAX_DEPTH) return t;
    const TcType *args[TC_MAX_UNION * 2];
    uint16_t n = t->nargs < TC_MAX_UNION * 2 ? t->nargs : TC_MAX_UNION * 2;
    bool changed = false;
    for (uint16_t k = 0; k < n; k++) {
        args[k] = substitute_depth(a, t->args[k], recv, depth + 1);
        changed |= args[k] != t->args[k];
    }
    if (!changed) return t;
    if (t->kind == TC_UNION) {
        const TcType *u = args[0];
        for (uint16_t k = 1; k < n; k++) u = tc_join(a, u, args[k]);
        return u;
    }
    TcType *copy = (TcType *)tc_make(a, (TcKind)t->kind, args, n);
    if (copy == &tc_unknown) return copy;
    copy->tuple_var = t->tuple_var;
    copy->receiver = t->receiver;
    copy->cls = t->cls;  // copies whichever pointer of the union t holds
    return copy;
}

const TcType *tc_substitute(Arena *a, const TcType *t, const TcType *receiver) {
    return substitute_depth(a, t, receiver, 0);
}

static bool literal_has(const TcType *t, const char *value) {
    for (uint16_t k = 0; k < t->nliterals; k++) {
        if (strcmp(t->literals[k], value) == 0) return true;
    }
    return false;
}

bool tc_literal_rejects(const TcType *t, const char *value) {
    if (t->kind == TC_UNION) {
        bool any_literal = false;
        for (uint16_t k = 0; k < t->nargs; k++) {
            const TcType *m = t->args[k];
            if (m->nliterals && literal_has(m, value)) return false;
            if (tc_builtin_of(m) == TC_CLS_STR && !m->nliterals) return false;  // any str fits
            any_literal |= m->nliterals > 0;
        }
        return any_literal;
    }
    return t->nliterals && !literal_has(t, value);
}

typedef struct Out {
    char *buf;
    size_t cap, len;
} Out;

static void out_str(Out *o, const char *s) {
    size_t n = strlen(s);
    if (o->len + n + 1 > o->cap) n = o->cap > o->len + 1 ? o->cap - o->len - 1 : 0;
    memcpy(o->buf + o->len, s, n);
    o->len += n;
    o->buf[o->len] = '\0';
}

static void type_str_depth(Out *o, const TcType *t, int depth);

static void args_str(Out *o, const TcType *t, int depth) {
    out_str(o, "[");
    for (uint16_t k = 0; k < t->nargs; k++) {
        if (k) out_str(o, ", ");
        type_str_depth(o, t->args[k], depth + 1);
    }
    if (t->tuple_var) out_str(o, ", ...");
    out_str(o, "]");
}

static void type_str_depth(Out *o, const TcType *t, int depth) {
    if (depth > 6) {
        out_str(o, "...");
        return;
    }
    switch ((TcKind)t->kind) {
    case TC_UNKNOWN: out_str(o, "Any"); break;
    case TC_NONE: out_str(o, "None"); break;
    case TC_INSTANCE:
        if (t->nliterals) {
            out_str(o, "Literal[");
            for (uint16_t k = 0; k < t->nliterals; k++) {
                out_str(o, k ? ", '" : "'");
                out_str(o, t->literals[k]);
                out_str(o, "'");
            }
            out_str(o, "]");
            break;
        }
        out_str(o, t->cls->name);
        if (t->nargs) args_str(o, t, depth);
        break;
    case TC_TYPEDDICT: out_str(o, t->td->name); break;
    case TC_UNION:
        for (uint16_t k = 0; k < t->nargs; k++) {
            if (k) out_str(o, " | ");
            type_str_depth(o, t->args[k], depth + 1);
        }
        break;
    case TC_FUNC:
        out_str(o, "function ");
        out_str(o, t->func->name);
        break;
    case TC_CALLABLE: out_str(o, "Callable"); break;
    case TC_CLASS:
        out_str(o, "type[");
        out_str(o, t->cls->name);
        out_str(o, "]");
        break;
    case TC_COROUTINE:
        out_str(o, "Coroutine[Any, Any, ");
        type_str_depth(o, t->args[0], depth + 1);
        out_str(o, "]");
        break;
    case TC_MODULE:
        out_str(o, "module '");
        out_str(o, t->mod->name);
        out_str(o, "'");
        break;
    case TC_TYPEVAR: out_str(o, "T"); break;
    }
}

void tc_type_str(const TcType *t, char *buf, size_t cap) {
    Out o = {buf, cap, 0};
    if (cap) buf[0] = '\0';
    type_str_depth(&o, t, 0);
}
