// typing's parameterized objects: the generic aliases (list[int], List[int] and kin), unions
// and forward references; printing, comparing, hashing and substituting type variables as
// CPython 3.14's Objects/genericaliasobject.c, Objects/unionobject.c and Lib/typing.py do.
#include "interp/mod_typing_alias.h"

#include <string.h>

#include "interp/args.h"
#include "interp/container.h"
#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/libframes.h"
#include "interp/mod_typing.h"
#include "interp/obj_dict.h"
#include "interp/obj_bool.h"
#include "interp/obj_func.h"
#include "interp/obj_list.h"
#include "interp/obj_str.h"
#include "interp/obj_tuple.h"
#include "interp/ops.h"
#include "parser/ast.h"

static inline Value alias_notimpl(void) {
    return v_obj((Obj *)&obj_notimpl);
}

bool typing_is_alias(Value v) {
    if (!is_obj(v)) return false;
    const ObjType *t = v.as.obj->type;
    return t == &type_generic_alias || t == &type_typing_alias || t == &type_union;
}

bool typing_is_union(Value v) {
    return is_obj(v) && v.as.obj->type == &type_union;
}

// ---- construction ----

// How many type variables items can hold at most: their own, their aliases', their lists'.
static size_t alias_param_bound(const Value *items, size_t len, bool nested) {
    size_t n = 0;
    for (size_t k = 0; k < len; k++) {
        Value v = items[k];
        if (mod_typing_is_typevar(v)) n++;
        else if (typing_is_alias(v)) n += as_tuple(typing_as_alias(v)->params)->len;
        else if (nested && is_list(v)) n += alias_param_bound(as_list(v)->items, as_list(v)->len, false);
    }
    return n;
}

// The type variables found so far, in order, and an open-addressing set of their addresses
// (linear time even for Generic[T1, ..., T100000]).
typedef struct ParamScan {
    Value *ps;
    size_t n;
    const Obj **set;
    size_t mask;  // set size - 1, a power of two at least twice the bound
} ParamScan;

static void alias_param_add(ParamScan *s, Value v) {
    size_t h = ((uintptr_t)v.as.obj >> 4) & s->mask;
    while (s->set[h]) {
        if (s->set[h] == v.as.obj) return;
        h = (h + 1) & s->mask;
    }
    s->set[h] = v.as.obj;
    s->ps[s->n++] = v;
}

// Adds the type variables of items in order of first appearance.
static void alias_param_scan(ParamScan *s, const Value *items, size_t len, bool nested) {
    for (size_t k = 0; k < len; k++) {
        Value v = items[k];
        if (mod_typing_is_typevar(v)) {
            alias_param_add(s, v);
        } else if (typing_is_alias(v)) {
            const ObjTuple *p = as_tuple(typing_as_alias(v)->params);
            for (size_t j = 0; j < p->len; j++) alias_param_add(s, p->items[j]);
        } else if (nested && is_list(v)) {
            alias_param_scan(s, as_list(v)->items, as_list(v)->len, false);
        }
    }
}

// The __parameters__ of an alias with these args.
static bool alias_params(Run *r, const ObjTuple *args, Value *out) {
    size_t bound = alias_param_bound(args->items, args->len, true);
    if (bound == 0) {
        Obj *empty = tuple_new(r, 0);
        *out = v_obj(empty);
        return empty != NULL;
    }
    size_t slots = 4;
    while (slots < 2 * bound) slots *= 2;
    size_t bytes = bound * sizeof(Value), set_bytes = slots * sizeof(Obj *);
    ParamScan s = {.ps = mem_alloc(r, bytes), .set = mem_alloc(r, set_bytes), .mask = slots - 1};
    Obj *t = NULL;
    if (s.ps && s.set) {
        memset(s.set, 0, set_bytes);
        alias_param_scan(&s, args->items, args->len, true);
        t = tuple_new(r, s.n);
        if (t) memcpy(((ObjTuple *)t)->items, s.ps, s.n * sizeof(Value));
    }
    if (s.ps) mem_free(r, s.ps, bytes);
    if (s.set) mem_free(r, s.set, set_bytes);
    *out = v_obj(t);
    return t != NULL;
}

static const ObjType *alias_type(AliasKind kind) {
    if (kind == ALIAS_TYPES) return &type_generic_alias;
    if (kind == ALIAS_UNION) return &type_union;
    return &type_typing_alias;
}

bool typing_alias_new(Run *r, AliasKind kind, const char *name, Value origin, Value args,
                      Value metadata, Value *out) {
    uint32_t base = r->root_count;
    Value params;
    bool ok = gc_push_root(r, origin) && gc_push_root(r, args) && gc_push_root(r, metadata) &&
              alias_params(r, as_tuple(args), &params) && gc_push_root(r, params);
    ObjAlias *a = ok ? gc_new(r, ObjAlias, alias_type(kind)) : NULL;
    gc_pop_roots(r, r->root_count - base);
    if (!a) return false;
    a->kind = (uint8_t)kind;
    a->name = name;
    a->origin = origin;
    a->args = args;
    a->params = params;
    a->metadata = metadata;
    *out = v_obj(&a->base);
    return true;
}

bool typing_class_params(Run *r, Value bases, Value *out) {
    const ObjTuple *b = as_tuple(bases);
    for (size_t k = 0; k < b->len; k++) {
        Value v = b->items[k];
        if (typing_is_alias(v) && mod_typing_is_generic_form(typing_as_alias(v)->origin)) {
            *out = typing_as_alias(v)->params;
            return true;
        }
    }
    return alias_params(r, b, out);
}

// typing's _check_generic_specialization: n arguments for the class's parameters.
static bool generic_class_check(Run *r, Value cls, size_t want, size_t n) {
    if (want == 0) {
        exc_raise(r, &exc_TypeError, "%R is not a generic class", cls);
        LIBFRAMES_ADD(r, LF_TYPING_CHECK_NOT_GENERIC, LF_TYPING_GENERIC_CLASS_GETITEM, LF_TYPING_INNER);
        return false;
    }
    if (n == want) return true;
    exc_raise(r, &exc_TypeError, "Too %s arguments for %R; actual %zu, expected %s%zu",
              n > want ? "many" : "few", cls, n, n < want ? "at least " : "", want);
    LIBFRAMES_ADD(r, LF_TYPING_CHECK_SPECIALIZATION, LF_TYPING_GENERIC_CLASS_GETITEM, LF_TYPING_INNER);
    return false;
}

bool typing_generic_class_getitem(Run *r, Value cls, Value params, Value key, Value *out) {
    size_t want = is_tuple(params) ? as_tuple(params)->len : 0;
    size_t n = is_tuple(key) ? as_tuple(key)->len : 1;
    const Value *items = is_tuple(key) ? as_tuple(key)->items : &key;
    if (!generic_class_check(r, cls, want, n)) return false;
    Obj *args = tuple_new(r, n);
    if (!args || !gc_push_root(r, v_obj(args))) return false;
    bool ok = true;
    for (size_t k = 0; k < n && ok; k++) ok = typing_convert(r, items[k], &((ObjTuple *)args)->items[k]);
    ok = ok && typing_alias_new(r, ALIAS_CLASS, NULL, cls, v_obj(args), v_undef(), out);
    gc_pop_roots(r, 1);
    return ok;
}

// Appends v to items[0..*n) unless an equal item is there already: hashable items through
// the dict `seen` (linear time, as CPython's set), the others by comparing with each item.
static bool union_add(Run *r, Obj *seen, ObjTuple *items, size_t *n, Value v) {
    int64_t h;
    if (ops_hash(r, v, &h)) {
        Value ignored;
        bool found;
        if (!dict_get(r, seen, v, &ignored, &found)) return false;
        if (!found && !dict_set(r, seen, v, v_none())) return false;
        if (!found) items->items[(*n)++] = v;
        return true;
    }
    if (!exc_pending_is(r, &exc_TypeError)) return false;
    exc_clear(r);
    for (size_t k = 0; k < *n; k++) {
        bool eq;
        if (!ops_eq(r, items->items[k], v, &eq)) return false;
        if (eq) return true;
    }
    items->items[(*n)++] = v;
    return true;
}

static bool union_collect(Run *r, const Value *items, size_t n, ObjTuple *into, size_t *m) {
    Obj *seen = dict_new(r);
    if (!seen || !gc_push_root(r, v_obj(seen))) return false;
    bool ok = true;
    for (size_t k = 0; k < n && ok; k++) {
        if (!typing_is_union(items[k])) {
            ok = union_add(r, seen, into, m, items[k]);
            continue;
        }
        const ObjTuple *inner = as_tuple(typing_as_alias(items[k])->args);
        for (size_t j = 0; j < inner->len && ok; j++) ok = union_add(r, seen, into, m, inner->items[j]);
    }
    gc_pop_roots(r, 1);
    return ok;
}

bool typing_union_new(Run *r, const Value *items, size_t n, Value *out) {
    size_t cap = 0, m = 0;
    for (size_t k = 0; k < n; k++) {
        cap += typing_is_union(items[k]) ? as_tuple(typing_as_alias(items[k])->args)->len : 1;
    }
    Obj *all = tuple_new(r, cap);
    if (!all || !gc_push_root(r, v_obj(all))) return false;
    bool ok = union_collect(r, items, n, (ObjTuple *)all, &m);
    Obj *args = NULL;
    if (ok && m == 1) {
        *out = ((ObjTuple *)all)->items[0];
    } else if (ok) {
        args = tuple_new(r, m);
        ok = args != NULL;
        if (ok) memcpy(((ObjTuple *)args)->items, ((ObjTuple *)all)->items, m * sizeof(Value));
        ok = ok && typing_alias_new(r, ALIAS_UNION, NULL, v_undef(), v_obj(args), v_undef(), out);
    }
    gc_pop_roots(r, 1);
    return ok;
}

// ---- forward references ----

typedef struct ObjForwardRef {
    Obj base;
    Value arg;  // str
} ObjForwardRef;

bool typing_is_forward_ref(Value v) {
    return is_obj(v) && v.as.obj->type == &type_forward_ref;
}

bool typing_forward_ref_new(Run *r, Value text, Value *out) {
    if (!gc_push_root(r, text)) return false;
    ObjForwardRef *f = gc_new(r, ObjForwardRef, &type_forward_ref);
    gc_pop_roots(r, 1);
    if (!f) return false;
    f->arg = text;
    *out = v_obj(&f->base);
    return true;
}

bool typing_convert(Run *r, Value v, Value *out) {
    if (is_none(v)) {
        *out = v_obj((Obj *)&type_none);
        return true;
    }
    if (is_str(v)) return typing_forward_ref_new(r, v, out);
    *out = v;
    return true;
}

bool typing_forward_ref_construct(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    static const char *const names[] = {"arg", "module", "is_class"};
    static const ArgSpec spec = {"ForwardRef", names, 3, 0, 1, 1};
    Value p[3];
    if (!args_bind(r, a, &spec, p)) return false;
    if (!is_str(p[0])) {
        return exc_raise(r, &exc_TypeError, "Forward reference must be a string -- got %R", p[0]);
    }
    return typing_forward_ref_new(r, p[0], out);
}

static bool forward_ref_repr(Run *r, Value v, Buf *out) {
    return buf_append_cstr(out, "ForwardRef(") &&
           ops_repr(r, ((ObjForwardRef *)v.as.obj)->arg, out) && buf_append_char(out, ')');
}

static bool forward_ref_compare(Run *r, Value a, Value b, int op, Value *out) {
    (void)r;
    if ((op != AST_CMP_EQ && op != AST_CMP_NE) || !typing_is_forward_ref(b)) {
        *out = alias_notimpl();
        return true;
    }
    bool eq = str_equal(as_str(((ObjForwardRef *)a.as.obj)->arg),
                        as_str(((ObjForwardRef *)b.as.obj)->arg));
    *out = v_bool(op == AST_CMP_EQ ? eq : !eq);
    return true;
}

static bool forward_ref_hash(Run *r, Value v, int64_t *out) {
    return ops_hash(r, ((ObjForwardRef *)v.as.obj)->arg, out);
}

static bool forward_ref_getattr(Run *r, Value v, Obj *name, Value *out) {
    (void)r;
    *out = v_undef();
    if (str_equal_cstr((ObjStr *)name, "__forward_arg__")) *out = ((ObjForwardRef *)v.as.obj)->arg;
    return true;
}

static void forward_ref_trace(Run *r, Obj *o) {
    gc_mark_value(r, ((ObjForwardRef *)o)->arg);
}

const ObjType type_forward_ref = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "ForwardRef",
    .module = "annotationlib",
    .id = TYPE_OBJECT,
    .base_type = &type_object,
    .construct = typing_forward_ref_construct,
    .slots = {
        .repr = forward_ref_repr,
        .compare = forward_ref_compare,
        .hash = forward_ref_hash,
        .binary = typing_or,
        .getattr = forward_ref_getattr,
        .trace = forward_ref_trace,
    },
};

// ---- printing ----

static bool repr_items(Run *r, const ObjTuple *t, size_t from, size_t to, bool lists,
                       const char *sep, Buf *out) {
    for (size_t k = from; k < to; k++) {
        if (k > from && !buf_append_cstr(out, sep)) return false;
        if (!typing_type_repr(r, t->items[k], lists, out)) return false;
    }
    return true;
}

bool typing_type_repr(Run *r, Value v, bool lists, Buf *out) {
    if (is_obj(v) && v.as.obj == &obj_ellipsis) return buf_append_cstr(out, "...");
    if (is_obj(v) && v.as.obj->type == &type_type) {
        const ObjType *t = (const ObjType *)v.as.obj;
        if (t->module) return buf_printf(out, "%s.%s", t->module, t->name);
        // classes the program defines live on its heap
        bool builtin = t->base.flags & OBJ_STATIC;
        return buf_printf(out, builtin ? "%s" : "__main__.%s", t->name);
    }
    if (is_obj(v) && v.as.obj->type == &type_builtin && is_none(((ObjBuiltin *)v.as.obj)->self)) {
        return buf_append_cstr(out, ((ObjBuiltin *)v.as.obj)->def->name);
    }
    if (is_function(v)) {
        return buf_printf(out, "__main__.%s", as_str(v_obj(((ObjFunction *)v.as.obj)->qualname))->data);
    }
    if (lists && is_list(v)) {
        // guard: a list that contains itself
        if (out->depth >= CONTAINER_MAX_NEST) {
            return exc_raise(r, &exc_RecursionError, "maximum recursion depth exceeded while getting the repr of an object");
        }
        out->depth++;
        bool ok = buf_append_char(out, '[');
        // re-read the list at each step: an item's repr may run Python code that changes it
        for (size_t k = 0; ok && k < as_list(v)->len; k++) {
            ok = (k == 0 || buf_append_cstr(out, ", ")) &&
                 typing_type_repr(r, as_list(v)->items[k], true, out);
        }
        out->depth--;
        return ok && buf_append_char(out, ']');
    }
    return ops_repr(r, v, out);
}

// The text before the brackets: "list", "typing.List".
static bool alias_repr_name(Run *r, const ObjAlias *a, Buf *out) {
    if (a->kind == ALIAS_TYPES || a->kind == ALIAS_CLASS) return typing_type_repr(r, a->origin, false, out);
    return buf_printf(out, "typing.%s", a->name);
}

// Callable[[int], str], or Callable[..., str] and Callable[P, str] for a parameter expression.
static bool alias_repr_callable(Run *r, const ObjAlias *a, Buf *out) {
    const ObjTuple *args = as_tuple(a->args);
    if (args->len == 2 && mod_typing_is_param_expr(args->items[0])) {
        return buf_append_cstr(out, "typing.Callable[") &&
               repr_items(r, args, 0, 2, false, ", ", out) && buf_append_char(out, ']');
    }
    return buf_append_cstr(out, "typing.Callable[[") &&
           repr_items(r, args, 0, args->len - 1, false, ", ", out) &&
           buf_append_cstr(out, "], ") &&
           typing_type_repr(r, args->items[args->len - 1], false, out) && buf_append_char(out, ']');
}

static bool alias_repr(Run *r, Value v, Buf *out) {
    const ObjAlias *a = typing_as_alias(v);
    const ObjTuple *args = as_tuple(a->args);
    bool lists = a->kind == ALIAS_TYPES;
    switch ((AliasKind)a->kind) {
    case ALIAS_UNION:
        for (size_t k = 0; k < args->len; k++) {
            Value item = args->items[k];
            bool none = is_obj(item) && item.as.obj == &type_none.base;  // printed "None"
            bool ok = (k == 0 || buf_append_cstr(out, " | ")) &&
                      (none ? buf_append_cstr(out, "None") : typing_type_repr(r, item, false, out));
            if (!ok) return false;
        }
        return true;
    case ALIAS_CALLABLE: return alias_repr_callable(r, a, out);
    case ALIAS_ANNOTATED: {
        const ObjTuple *meta = as_tuple(a->metadata);
        bool ok = buf_append_cstr(out, "typing.Annotated[") && typing_type_repr(r, a->origin, false, out);
        for (size_t k = 0; ok && k < meta->len; k++) {
            ok = buf_append_cstr(out, ", ") && ops_repr(r, meta->items[k], out);
        }
        return ok && buf_append_char(out, ']');
    }
    default: break;
    }
    if (!alias_repr_name(r, a, out) || !buf_append_char(out, '[')) return false;
    if (args->len == 0) return buf_append_cstr(out, "()]");  // so the repr stays valid
    return repr_items(r, args, 0, args->len, lists, ", ", out) && buf_append_char(out, ']');
}

// ---- comparison and hashing ----

// Whether every item of a is in b (compared by type as well for literals).
static bool alias_subset(Run *r, const ObjTuple *a, const ObjTuple *b, bool typed, bool *out) {
    *out = true;
    for (size_t k = 0; k < a->len && *out; k++) {
        bool found = false;
        for (size_t j = 0; j < b->len && !found; j++) {
            if (typed && value_type(a->items[k]) != value_type(b->items[j])) continue;
            if (!ops_eq(r, a->items[k], b->items[j], &found)) return false;
        }
        *out = found;
    }
    return true;
}

static bool alias_set_equal(Run *r, Value a, Value b, bool typed, bool *out) {
    if (!alias_subset(r, as_tuple(a), as_tuple(b), typed, out)) return false;
    return !*out || alias_subset(r, as_tuple(b), as_tuple(a), typed, out);
}

static bool alias_equal(Run *r, const ObjAlias *a, const ObjAlias *b, bool *out) {
    *out = false;
    if (!container_nest_enter(r, "in comparison")) return false;
    bool ok = true;
    if (a->kind == ALIAS_UNION || a->kind == ALIAS_LITERAL) {
        if (b->kind == a->kind) ok = alias_set_equal(r, a->args, b->args, a->kind == ALIAS_LITERAL, out);
    } else if (a->kind == ALIAS_ANNOTATED) {
        if (b->kind == ALIAS_ANNOTATED) {
            ok = ops_eq(r, a->origin, b->origin, out) && (!*out || ops_eq(r, a->metadata, b->metadata, out));
        }
    } else if (b->kind != ALIAS_LITERAL && b->kind != ALIAS_ANNOTATED) {
        ok = ops_eq(r, a->origin, b->origin, out) && (!*out || ops_eq(r, a->args, b->args, out));
    }
    container_nest_leave(r);
    return ok;
}

static bool alias_compare(Run *r, Value a, Value b, int op, Value *out) {
    if ((op != AST_CMP_EQ && op != AST_CMP_NE) || !typing_is_alias(b) ||
        a.as.obj->type != b.as.obj->type) {
        *out = alias_notimpl();
        return true;
    }
    bool eq;
    if (!alias_equal(r, typing_as_alias(a), typing_as_alias(b), &eq)) return false;
    *out = v_bool(op == AST_CMP_EQ ? eq : !eq);
    return true;
}

// An order-free hash of a tuple's items (a frozenset's), with their types for literals.
static bool alias_hash_set(Run *r, const ObjTuple *t, bool typed, int64_t *out) {
    uint64_t h = 0x345678;
    for (size_t k = 0; k < t->len; k++) {
        int64_t x, y = 0;
        if (!ops_hash(r, t->items[k], &x)) return false;
        if (typed && !ops_hash(r, v_obj((Obj *)value_type(t->items[k])), &y)) return false;
        h ^= ((uint64_t)x ^ (uint64_t)y * 1000003u) * 0x9e3779b97f4a7c15u;
    }
    *out = (int64_t)(h >> 2);
    return true;
}

static bool alias_hash(Run *r, Value v, int64_t *out) {
    const ObjAlias *a = typing_as_alias(v);
    if (a->kind == ALIAS_UNION || a->kind == ALIAS_LITERAL) {
        return alias_hash_set(r, as_tuple(a->args), a->kind == ALIAS_LITERAL, out);
    }
    Value pair[2] = {a->origin, a->kind == ALIAS_ANNOTATED ? a->metadata : a->args};
    if (!container_nest_enter(r, "while hashing")) return false;
    bool ok = tuple_hash_items(r, pair, 2, out);
    container_nest_leave(r);
    return ok;
}

// ---- attributes and calls ----

static bool alias_str_attr(Run *r, const char *text, Value *out) {
    Obj *s = str_from_cstr(r, text);
    *out = v_obj(s);
    return s != NULL;
}

// Attributes a types.GenericAlias answers itself; it forwards the others to its origin.
static bool alias_own_attr(const ObjStr *n) {
    static const char *const own[] = {"__class__", "__origin__", "__args__", "__parameters__",
                                      "__unpacked__", "__mro_entries__"};
    for (size_t k = 0; k < sizeof own / sizeof *own; k++) {
        if (str_equal_cstr(n, own[k])) return true;
    }
    return false;
}

static bool alias_getattr(Run *r, Value v, Obj *name, Value *out) {
    const ObjAlias *a = typing_as_alias(v);
    const ObjStr *n = (const ObjStr *)name;
    *out = v_undef();
    if (str_equal_cstr(n, "__origin__")) {
        *out = a->kind == ALIAS_UNION ? mod_typing_union_form() : a->origin;
    } else if (str_equal_cstr(n, "__args__")) {
        *out = a->args;
    } else if (str_equal_cstr(n, "__parameters__")) {
        *out = a->params;
    } else if (a->kind == ALIAS_ANNOTATED && str_equal_cstr(n, "__metadata__")) {
        *out = a->metadata;
    } else if (a->kind == ALIAS_TYPES) {
        if (!alias_own_attr(n)) return ops_getattr(r, a->origin, name, out);
    } else if (a->kind != ALIAS_UNION && a->name &&
               (str_equal_cstr(n, "__name__") || str_equal_cstr(n, "__qualname__"))) {
        return alias_str_attr(r, a->name, out);
    } else if (a->kind != ALIAS_UNION) {
        // typing's aliases hand other names to a class origin; the rest are AttributeError(name)
        bool dunder = n->len > 4 && n->data[0] == '_' && n->data[1] == '_';
        if (!dunder && is_obj(a->origin) && a->origin.as.obj->type == &type_type) {
            if (ops_getattr(r, a->origin, name, out)) return true;  // List[int].append: the class's
            LIBFRAMES_ADD(r, LF_TYPING_ALIAS_GETATTR);
            return false;
        }
        return exc_raise(r, &exc_AttributeError, "%s", n->data);
    }
    return true;
}

// Box[int](...): a Box, whose __orig_class__ is the alias when it takes attributes.
static bool alias_call_class(Run *r, Value callee, const Args *args, Value *out) {
    if (!ops_call(r, typing_as_alias(callee)->origin, args, out) || !gc_push_root(r, *out)) return false;
    Obj *name = str_from_cstr(r, "__orig_class__");
    bool ok = name && gc_push_root(r, v_obj(name));
    if (ok) {
        ok = ops_setattr(r, *out, name, callee) || exc_pending_is(r, &exc_Exception);
        if (ok) exc_clear(r);
        gc_pop_roots(r, 1);
    }
    gc_pop_roots(r, 1);
    return ok;
}

// Calling an alias: list[int](...) and Annotated[int, m](...) call the origin; typing's
// aliases of built-in classes refuse, as do the special forms' aliases.
static bool alias_call(Run *r, Value callee, const Args *args, Value *out) {
    const ObjAlias *a = typing_as_alias(callee);
    if (a->kind == ALIAS_TYPES || a->kind == ALIAS_ANNOTATED) return ops_call(r, a->origin, args, out);
    if (a->kind == ALIAS_CLASS) return alias_call_class(r, callee, args, out);
    if (is_obj(a->origin) && a->origin.as.obj->type == &type_type) {
        char lower[64];
        const char *origin = ((const ObjType *)a->origin.as.obj)->name;
        size_t k = 0;
        for (; origin[k] && k + 1 < sizeof lower; k++) {
            lower[k] = (char)(origin[k] >= 'A' && origin[k] <= 'Z' ? origin[k] + 32 : origin[k]);
        }
        lower[k] = '\0';
        exc_raise(r, &exc_TypeError, "Type %s cannot be instantiated; use %s() instead", a->name,
                  lower);
        LIBFRAMES_ADD(r, LF_TYPING_ALIAS_CALL);
        return false;
    }
    if (a->kind == ALIAS_CALLABLE) {
        return exc_raise(r, &exc_TypeError, "Can't instantiate abstract class Callable without an "
                                            "implementation for abstract method '__call__'");
    }
    return exc_raise(r, &exc_TypeError, "Cannot instantiate typing.%s", a->name);
}

// ---- substitution: List[T][int] ----

static bool alias_subst(Run *r, Value alias, const Value *items, size_t n, Value *out);

// The value that replaces v, given params[k] -> items[k].
static bool subst_item(Run *r, Value v, const ObjTuple *params, const Value *items, Value *out) {
    if (mod_typing_is_typevar(v)) {
        for (size_t k = 0; k < params->len; k++) {
            if (params->items[k].as.obj == v.as.obj) {
                *out = items[k];
                return true;
            }
        }
    }
    if (!typing_is_alias(v) || as_tuple(typing_as_alias(v)->params)->len == 0) {
        *out = v;
        return true;
    }
    // an inner alias takes the replacements of its own parameters, in its order
    const ObjTuple *inner = as_tuple(typing_as_alias(v)->params);
    Obj *sub = tuple_new(r, inner->len);
    if (!sub || !gc_push_root(r, v_obj(sub))) return false;
    for (size_t j = 0; j < inner->len; j++) {
        ((ObjTuple *)sub)->items[j] = inner->items[j];
        for (size_t k = 0; k < params->len; k++) {
            if (params->items[k].as.obj == inner->items[j].as.obj) ((ObjTuple *)sub)->items[j] = items[k];
        }
    }
    bool ok = alias_subst(r, v, ((ObjTuple *)sub)->items, inner->len, out);
    gc_pop_roots(r, 1);
    return ok;
}

// The new args of a substituted alias, as a tuple (rooted by the caller through *out).
static bool subst_args(Run *r, const ObjAlias *a, const Value *items, Value *out) {
    const ObjTuple *args = as_tuple(a->args), *params = as_tuple(a->params);
    Obj *t = tuple_new(r, args->len);
    if (!t || !gc_push_root(r, v_obj(t))) return false;
    bool ok = true;
    for (size_t k = 0; k < args->len && ok; k++) {
        Value x;
        ok = subst_item(r, args->items[k], params, items, &x);
        if (ok) ((ObjTuple *)t)->items[k] = x;
    }
    gc_pop_roots(r, 1);
    *out = v_obj(t);
    return ok;
}

static bool alias_subst(Run *r, Value alias, const Value *items, size_t n, Value *out) {
    const ObjAlias *a = typing_as_alias(alias);
    size_t want = as_tuple(a->params)->len;
    if (n != want) {
        // typing's aliases word a shortfall "at least" (their parameters could have defaults)
        bool least = n < want && a->kind != ALIAS_TYPES;
        exc_raise(r, &exc_TypeError, "Too %s arguments for %R; actual %zu, expected %s%zu",
                  n > want ? "many" : "few", alias, n, least ? "at least " : "", want);
        // typing's _GenericAlias.__getitem__ (a shortfall is found by TypeVar's C code)
        if (a->kind == ALIAS_TYPING || a->kind == ALIAS_CLASS) {
            LIBFRAMES_ADD(r, n > want ? LF_TYPING_NEW_ARGS_COUNT : LF_TYPING_NEW_ARGS_PREPARE,
                          LF_TYPING_ALIAS_GETITEM, LF_TYPING_INNER);
        }
        return false;
    }
    if (!container_nest_enter(r, "while substituting type parameters")) return false;
    Value args;
    bool ok = subst_args(r, a, items, &args) && gc_push_root(r, args);
    if (ok) {
        const ObjTuple *t = as_tuple(args);
        if (a->kind == ALIAS_UNION) ok = typing_union_new(r, t->items, t->len, out);
        else if (a->kind == ALIAS_ANNOTATED) ok = typing_alias_new(r, ALIAS_ANNOTATED, a->name, t->items[0], args, a->metadata, out);
        else ok = typing_alias_new(r, (AliasKind)a->kind, a->name, a->origin, args, a->metadata, out);
        gc_pop_roots(r, 1);
    }
    container_nest_leave(r);
    return ok;
}

// alias[key]: the type variables of the alias replaced, in order, by key's items.
static bool alias_getitem(Run *r, Value v, Value key, Value *out) {
    const ObjAlias *a = typing_as_alias(v);
    if (as_tuple(a->params)->len == 0) {
        return exc_raise(r, &exc_TypeError, "%R is not a generic class", v);
    }
    if (a->kind == ALIAS_TYPING && mod_typing_is_generic_form(a->origin)) {
        return exc_raise(r, &exc_TypeError, "Cannot subscript already-subscripted %R", v);
    }
    const Value *items = &key;
    size_t n = 1;
    if (is_tuple(key)) {
        items = as_tuple(key)->items;
        n = as_tuple(key)->len;
    }
    if (a->kind == ALIAS_TYPES) return alias_subst(r, v, items, n, out);
    // typing's aliases convert what they are given: None to NoneType, text to ForwardRef
    Obj *conv = tuple_new(r, n);
    if (!conv || !gc_push_root(r, v_obj(conv))) return false;
    bool ok = true;
    for (size_t k = 0; k < n && ok; k++) ok = typing_convert(r, items[k], &((ObjTuple *)conv)->items[k]);
    ok = ok && alias_subst(r, v, ((ObjTuple *)conv)->items, n, out);
    gc_pop_roots(r, 1);
    return ok;
}

// ---- the | operator ----

// Operands CPython's `|` accepts on both sides: None, classes and typing's objects.
static bool typing_unionable(Value v) {
    return is_none(v) || (is_obj(v) && v.as.obj->type == &type_type) || typing_is_alias(v) ||
           typing_is_forward_ref(v) || mod_typing_is_special(v);
}

// True for the objects whose | takes any other operand (typing's Union[self, other], and the
// union's own): all of typing's but Any (a class) and types.GenericAlias.
static bool typing_lenient(Value v) {
    return typing_is_forward_ref(v) || (mod_typing_is_special(v) && !mod_typing_is_any(v)) ||
           (typing_is_alias(v) && typing_as_alias(v)->kind != ALIAS_TYPES);
}

bool typing_or(Run *r, Value a, Value b, int op, Value *out) {
    bool lenient = typing_lenient(a) || typing_lenient(b);
    if (op != AST_OP_BITOR || (!lenient && !(typing_unionable(a) && typing_unionable(b)))) {
        *out = alias_notimpl();
        return true;
    }
    Value items[2];
    if (!typing_convert(r, a, &items[0]) || !gc_push_root(r, items[0])) return false;
    bool ok = typing_convert(r, b, &items[1]) && gc_push_root(r, items[1]);
    if (ok) {
        ok = typing_union_new(r, items, 2, out);
        gc_pop_roots(r, 1);
    }
    gc_pop_roots(r, 1);
    return ok;
}

// ---- the types ----

bool typing_generic_alias_construct(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    if (!args_positional(r, a, "GenericAlias", 2, 2)) return false;
    Value args = a->pos[1];
    if (!is_tuple(args)) {
        Obj *t = tuple_new(r, 1);
        if (!t) return false;
        ((ObjTuple *)t)->items[0] = args;
        args = v_obj(t);
    }
    return typing_alias_new(r, ALIAS_TYPES, NULL, a->pos[0], args, v_undef(), out);
}

static void alias_trace(Run *r, Obj *o) {
    const ObjAlias *a = (const ObjAlias *)o;
    gc_mark_value(r, a->origin);
    gc_mark_value(r, a->args);
    gc_mark_value(r, a->params);
    gc_mark_value(r, a->metadata);
}

#define ALIAS_SLOTS                                                                          \
    .repr = alias_repr, .compare = alias_compare, .hash = alias_hash, .binary = typing_or,  \
    .getitem = alias_getitem, .getattr = alias_getattr, .trace = alias_trace

const ObjType type_generic_alias = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "types.GenericAlias",
    .id = TYPE_OBJECT,
    .base_type = &type_object,
    .construct = typing_generic_alias_construct,
    .slots = {ALIAS_SLOTS, .call = alias_call},
};

const ObjType type_typing_alias = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "_GenericAlias",
    .module = "typing",
    .id = TYPE_OBJECT,
    .base_type = &type_object,
    .slots = {ALIAS_SLOTS, .call = alias_call},
};

const ObjType type_union = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "typing.Union",
    .id = TYPE_OBJECT,
    .base_type = &type_object,
    .slots = {ALIAS_SLOTS},
};
