// operator: each operator as a function over ops.c's generic operations (the VM's own), and
// the callables itemgetter, attrgetter and methodcaller.
#include "interp/mod_operator.h"

#include <string.h>

#include "interp/buf.h"
#include "interp/builtins.h"
#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/modules.h"
#include "interp/obj_dict.h"
#include "interp/obj_class_boxed.h"
#include "interp/obj_func.h"
#include "interp/obj_int.h"
#include "interp/obj_str.h"
#include "interp/obj_tuple.h"
#include "interp/ops.h"
#include "interp/vm.h"
#include "parser/ast.h"

// CPython's checks for these functions: positional only, exactly n.
static bool op_args(Run *r, const Args *a, const char *name, uint32_t n) {
    if (a->nkw) return exc_raise(r, &exc_TypeError, "_operator.%s() takes no keyword arguments", name);
    if (a->npos == n) return true;
    return exc_raise(r, &exc_TypeError, "%s expected %u argument%s, got %u", name, n,
                     n == 1 ? "" : "s", a->npos);
}

#define OP_BINARY(NAME, OP)                                                              \
    static bool op_##NAME(Run *r, Value self, const Args *a, Value *out) {               \
        (void)self;                                                                      \
        return op_args(r, a, #NAME, 2) && ops_binary(r, a->pos[0], a->pos[1], OP, out);  \
    }                                                                                    \
    STATIC_BUILTIN(#NAME, op_##NAME, 0)
#define OP_INPLACE(NAME, OP)                                                             \
    static bool op_##NAME(Run *r, Value self, const Args *a, Value *out) {               \
        (void)self;                                                                      \
        return op_args(r, a, #NAME, 2) && ops_inplace(r, a->pos[0], a->pos[1], OP, out); \
    }                                                                                    \
    STATIC_BUILTIN(#NAME, op_##NAME, 0)
#define OP_COMPARE(NAME, OP)                                                             \
    static bool op_##NAME(Run *r, Value self, const Args *a, Value *out) {               \
        (void)self;                                                                      \
        return op_args(r, a, #NAME, 2) && ops_compare(r, a->pos[0], a->pos[1], OP, out); \
    }                                                                                    \
    STATIC_BUILTIN(#NAME, op_##NAME, 0)
#define OP_UNARY(NAME, OP)                                                               \
    static bool op_##NAME(Run *r, Value self, const Args *a, Value *out) {               \
        (void)self;                                                                      \
        return op_args(r, a, #NAME, 1) && ops_unary(r, a->pos[0], OP, out);              \
    }                                                                                    \
    STATIC_BUILTIN(#NAME, op_##NAME, 0)

OP_BINARY(add, AST_OP_ADD)
OP_BINARY(sub, AST_OP_SUB)
OP_BINARY(mul, AST_OP_MUL)
OP_BINARY(matmul, AST_OP_MATMUL)
OP_BINARY(truediv, AST_OP_DIV)
OP_BINARY(floordiv, AST_OP_FLOORDIV)
OP_BINARY(mod, AST_OP_MOD)
OP_BINARY(pow, AST_OP_POW)
OP_BINARY(lshift, AST_OP_LSHIFT)
OP_BINARY(rshift, AST_OP_RSHIFT)
OP_BINARY(and_, AST_OP_BITAND)
OP_BINARY(or_, AST_OP_BITOR)
OP_BINARY(xor, AST_OP_BITXOR)
OP_INPLACE(iadd, AST_OP_ADD)
OP_INPLACE(isub, AST_OP_SUB)
OP_INPLACE(imul, AST_OP_MUL)
OP_INPLACE(itruediv, AST_OP_DIV)
OP_INPLACE(ifloordiv, AST_OP_FLOORDIV)
OP_INPLACE(imod, AST_OP_MOD)
OP_INPLACE(ior, AST_OP_BITOR)
OP_INPLACE(iand, AST_OP_BITAND)
OP_INPLACE(ixor, AST_OP_BITXOR)
OP_COMPARE(eq, AST_CMP_EQ)
OP_COMPARE(ne, AST_CMP_NE)
OP_COMPARE(lt, AST_CMP_LT)
OP_COMPARE(le, AST_CMP_LE)
OP_COMPARE(gt, AST_CMP_GT)
OP_COMPARE(ge, AST_CMP_GE)
OP_UNARY(neg, AST_UOP_NEG)
OP_UNARY(pos, AST_UOP_POS)
OP_UNARY(invert, AST_UOP_INVERT)
OP_UNARY(inv, AST_UOP_INVERT)

static bool op_not_(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    bool truth;
    if (!op_args(r, a, "not_", 1) || !ops_truthy(r, a->pos[0], &truth)) return false;
    *out = v_bool(!truth);
    return true;
}
STATIC_BUILTIN("not_", op_not_, 0)

static bool op_truth(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    bool truth;
    if (!op_args(r, a, "truth", 1) || !ops_truthy(r, a->pos[0], &truth)) return false;
    *out = v_bool(truth);
    return true;
}
STATIC_BUILTIN("truth", op_truth, 0)

static bool same_object(Value a, Value b) {
    if (a.tag != b.tag) return false;
    if (a.tag == VAL_OBJ) return a.as.obj == b.as.obj;
    return a.tag == VAL_NONE || a.as.i == b.as.i;
}

static bool op_is_(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    if (!op_args(r, a, "is_", 2)) return false;
    *out = v_bool(same_object(a->pos[0], a->pos[1]));
    return true;
}
STATIC_BUILTIN("is_", op_is_, 0)

static bool op_is_not(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    if (!op_args(r, a, "is_not", 2)) return false;
    *out = v_bool(!same_object(a->pos[0], a->pos[1]));
    return true;
}
STATIC_BUILTIN("is_not", op_is_not, 0)

static bool op_is_none(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    if (!op_args(r, a, "is_none", 1)) return false;
    *out = v_bool(is_none(a->pos[0]));
    return true;
}
STATIC_BUILTIN("is_none", op_is_none, 0)

static bool op_is_not_none(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    if (!op_args(r, a, "is_not_none", 1)) return false;
    *out = v_bool(!is_none(a->pos[0]));
    return true;
}
STATIC_BUILTIN("is_not_none", op_is_not_none, 0)

static bool op_contains(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    bool in;
    if (!op_args(r, a, "contains", 2) || !ops_contains(r, a->pos[0], a->pos[1], &in)) return false;
    *out = v_bool(in);
    return true;
}
STATIC_BUILTIN("contains", op_contains, 0)

static bool op_getitem(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    return op_args(r, a, "getitem", 2) && ops_getitem(r, a->pos[0], a->pos[1], out);
}
STATIC_BUILTIN("getitem", op_getitem, 0)

static bool op_setitem(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    *out = v_none();
    return op_args(r, a, "setitem", 3) && ops_setitem(r, a->pos[0], a->pos[1], a->pos[2]);
}
STATIC_BUILTIN("setitem", op_setitem, 0)

static bool op_delitem(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    *out = v_none();
    return op_args(r, a, "delitem", 2) && ops_delitem(r, a->pos[0], a->pos[1]);
}
STATIC_BUILTIN("delitem", op_delitem, 0)

static bool op_index(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    if (!op_args(r, a, "index", 1)) return false;
    Value v = a->pos[0];
    if (is_bool(v)) {
        *out = v_int(v.as.b);
        return true;
    }
    if (value_type(v) == &type_int) {
        *out = v;
        return true;
    }
    int64_t n;
    if (!ops_index(r, v, &n)) return false;
    *out = v_int(n);
    return true;
}
STATIC_BUILTIN("index", op_index, 0)

// obj's __length_hint__() as CPython's PyObject_LengthHint takes it: a TypeError from the
// call or NotImplemented means no hint (undef).
static bool call_length_hint(Run *r, Value obj, Value *hint) {
    *hint = v_undef();
    Value method;
    if (!ops_getattr_cstr(r, obj, "__length_hint__", &method)) {
        if (!exc_pending_is(r, &exc_AttributeError)) return false;
        exc_clear(r);
        return true;
    }
    Args none = {0};
    if (!ops_call(r, method, &none, hint)) {
        if (!exc_pending_is(r, &exc_TypeError)) return false;
        exc_clear(r);
        return true;
    }
    if (is_notimpl(*hint)) *hint = v_undef();
    return true;
}

// length_hint(obj, default=0, /): len(obj) when it has one, else its __length_hint__().
static bool op_length_hint(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    if (a->nkw) return exc_raise(r, &exc_TypeError, "_operator.length_hint() takes no keyword arguments");
    if (a->npos < 1 || a->npos > 2) {
        return exc_raise(r, &exc_TypeError, "length_hint expected %s %u argument%s, got %u",
                         a->npos ? "at most" : "at least", a->npos ? 2 : 1,
                         a->npos ? "s" : "", a->npos);
    }
    int64_t fallback = 0, len;
    if (a->npos == 2 && !ops_index(r, a->pos[1], &fallback)) return false;
    if (ops_len(r, a->pos[0], &len)) {
        *out = v_int(len);
        return true;
    }
    if (!exc_pending_is(r, &exc_TypeError)) return false;
    exc_clear(r);
    Value hint;
    if (!call_length_hint(r, a->pos[0], &hint)) return false;
    if (is_undef(hint)) {
        *out = v_int(fallback);
        return true;
    }
    Value n = boxed_unbox(hint);
    if (!int_check(n)) {
        return exc_raise(r, &exc_TypeError, "__length_hint__ must be an integer, not %T", hint);
    }
    if (int_sign(n) < 0) {
        return exc_raise(r, &exc_ValueError, "__length_hint__() should return >= 0");
    }
    *out = int_plain(n);
    return true;
}
STATIC_BUILTIN("length_hint", op_length_hint, 0)

// abs(), through the builtins namespace so the one implementation serves both.
static bool op_abs(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    Value f;
    if (!op_args(r, a, "abs", 1)) return false;
    Obj *name = str_from_cstr(r, "abs");
    if (!name || !builtins_lookup((const ObjStr *)name, &f)) return false;
    return ops_call(r, f, a, out);
}
STATIC_BUILTIN("abs", op_abs, 0)

// ---- itemgetter, attrgetter, methodcaller: `what` holds the items, the attribute paths
// (each a tuple of names, split at the dots) or the method's name then its arguments; `kw`
// methodcaller's keywords ----

typedef struct ObjGetter {
    Obj base;
    Value what;  // tuple
    Value kw;    // dict or undef
} ObjGetter;

static const ObjType type_itemgetter, type_attrgetter, type_methodcaller;

static void getter_trace(Run *r, Obj *o) {
    gc_mark_value(r, ((ObjGetter *)o)->what);
    gc_mark_value(r, ((ObjGetter *)o)->kw);
}

static bool getter_new(Run *r, const ObjType *t, Value what, Value kw, Value *out) {
    if (!gc_push_root(r, what) || !gc_push_root(r, kw)) return false;
    ObjGetter *g = gc_new(r, ObjGetter, t);
    gc_pop_roots(r, 2);
    if (!g) return false;
    g->what = what;
    g->kw = kw;
    *out = v_obj(&g->base);
    return true;
}

static bool tuple_of_args(Run *r, const Value *vs, uint32_t n, Value *out) {
    Obj *t = tuple_new(r, n);
    if (!t) return false;
    for (uint32_t k = 0; k < n; k++) ((ObjTuple *)t)->items[k] = vs[k];
    *out = v_obj(t);
    return true;
}

static bool getter_need_args(Run *r, const Args *a, const char *name) {
    if (a->nkw) return exc_raise(r, &exc_TypeError, "%s() takes no keyword arguments", name);
    if (a->npos == 0) return exc_raise(r, &exc_TypeError, "%s expected 1 argument, got 0", name);
    return true;
}

static bool itemgetter_construct(Run *r, Value callee, const Args *a, Value *out) {
    (void)callee;
    Value items;
    if (!getter_need_args(r, a, "itemgetter") || !tuple_of_args(r, a->pos, a->npos, &items)) return false;
    return getter_new(r, &type_itemgetter, items, v_undef(), out);
}

static bool itemgetter_call(Run *r, Value callee, const Args *a, Value *out) {
    ObjTuple *items = as_tuple(((ObjGetter *)callee.as.obj)->what);
    if (!op_args(r, a, "itemgetter", 1)) return false;
    if (items->len == 1) return ops_getitem(r, a->pos[0], items->items[0], out);
    Obj *t = tuple_new(r, items->len);
    if (!t || !gc_push_root(r, v_obj(t))) return false;
    bool ok = true;
    for (size_t k = 0; ok && k < items->len; k++) ok = ops_getitem(r, a->pos[0], items->items[k], &((ObjTuple *)t)->items[k]);
    gc_pop_roots(r, 1);
    *out = v_obj(t);
    return ok;
}

// "operator.itemgetter(1, 'a')": the type's name then the reprs of `n` values
static bool getter_repr_values(Run *r, Value v, const Value *vs, size_t n, Buf *out) {
    if (!buf_printf(out, "%s(", value_type_name(v))) return false;
    for (size_t k = 0; k < n; k++) {
        if ((k && !buf_append_cstr(out, ", ")) || !ops_repr(r, vs[k], out)) return false;
    }
    return true;
}

static bool getter_repr(Run *r, Value v, Buf *out) {
    ObjGetter *g = (ObjGetter *)v.as.obj;
    ObjTuple *t = as_tuple(g->what);
    if (!getter_repr_values(r, v, t->items, t->len, out)) return false;
    if (!is_undef(g->kw)) {
        size_t pos = 0;
        Value key, val;
        while (dict_next(g->kw.as.obj, &pos, &key, &val)) {
            if (!buf_printf(out, ", %s=", as_str(key)->data) || !ops_repr(r, val, out)) return false;
        }
    }
    return buf_append_char(out, ')');
}

static bool attrgetter_construct(Run *r, Value callee, const Args *a, Value *out) {
    (void)callee;
    Value names;
    if (!getter_need_args(r, a, "attrgetter")) return false;
    for (uint32_t k = 0; k < a->npos; k++) {
        if (!is_str(a->pos[k])) return exc_raise(r, &exc_TypeError, "attribute name must be a string");
    }
    return tuple_of_args(r, a->pos, a->npos, &names) &&
           getter_new(r, &type_attrgetter, names, v_undef(), out);
}

// obj.a.b.c for the dotted name `path`.
static bool attr_path(Run *r, Value obj, const ObjStr *path, Value *out) {
    const char *s = path->data, *end = s + path->len;
    *out = obj;
    uint32_t rooted = 0;
    bool ok = true;
    while (ok) {
        const char *dot = memchr(s, '.', (size_t)(end - s));
        const char *stop = dot ? dot : end;
        Obj *name = str_new(r, s, (size_t)(stop - s));
        ok = name && gc_push_root(r, v_obj(name)) && gc_push_root(r, *out);
        if (!ok) break;
        rooted += 2;
        ok = ops_getattr(r, *out, name, out);
        if (!dot) break;
        s = dot + 1;
    }
    gc_pop_roots(r, rooted);
    return ok;
}

static bool attrgetter_call(Run *r, Value callee, const Args *a, Value *out) {
    ObjTuple *names = as_tuple(((ObjGetter *)callee.as.obj)->what);
    if (!op_args(r, a, "attrgetter", 1)) return false;
    if (names->len == 1) return attr_path(r, a->pos[0], as_str(names->items[0]), out);
    Obj *t = tuple_new(r, names->len);
    if (!t || !gc_push_root(r, v_obj(t))) return false;
    bool ok = true;
    for (size_t k = 0; ok && k < names->len; k++) {
        ok = attr_path(r, a->pos[0], as_str(names->items[k]), &((ObjTuple *)t)->items[k]);
    }
    gc_pop_roots(r, 1);
    *out = v_obj(t);
    return ok;
}

static bool methodcaller_construct(Run *r, Value callee, const Args *a, Value *out) {
    (void)callee;
    if (a->npos == 0) return exc_raise(r, &exc_TypeError, "methodcaller needs at least one argument, the method name");
    if (!is_str(a->pos[0])) return exc_raise(r, &exc_TypeError, "method name must be a string");
    Value what, kw = v_undef();
    if (!tuple_of_args(r, a->pos, a->npos, &what) || !gc_push_root(r, what)) return false;
    bool ok = true;
    if (a->nkw) {
        Obj *d = dict_new(r);
        ok = d && gc_push_root(r, v_obj(d));
        for (uint32_t k = 0; ok && k < a->nkw; k++) ok = dict_set(r, d, v_obj(a->kwnames[k]), a->kwvalues[k]);
        if (d) gc_pop_roots(r, 1);
        kw = d ? v_obj(d) : kw;
    }
    ok = ok && getter_new(r, &type_methodcaller, what, kw, out);
    gc_pop_roots(r, 1);
    return ok;
}

static bool methodcaller_call(Run *r, Value callee, const Args *a, Value *out) {
    ObjGetter *g = (ObjGetter *)callee.as.obj;
    if (!op_args(r, a, "methodcaller", 1)) return false;
    ObjTuple *what = as_tuple(g->what);
    Value method, args;
    if (!ops_getattr(r, a->pos[0], what->items[0].as.obj, &method) || !gc_push_root(r, method)) return false;
    bool ok = tuple_of_args(r, what->items + 1, (uint32_t)what->len - 1, &args) && gc_push_root(r, args);
    if (ok) {
        ok = vm_call_ex(r, method, args, g->kw, out);
        gc_pop_roots(r, 1);
    }
    gc_pop_roots(r, 1);
    return ok;
}

#define GETTER_TYPE(var, tname, ctor, call_fn)                                              \
    static const ObjType var = {                                                            \
        .base = {.type = &type_type, .flags = OBJ_STATIC},                                  \
        .name = tname,                                                                      \
        .id = TYPE_OBJECT,                                                                  \
        .base_type = &type_object,                                                          \
        .construct = ctor,                                                                  \
        .slots = {.repr = getter_repr, .call = call_fn, .trace = getter_trace},              \
    }

GETTER_TYPE(type_itemgetter, "operator.itemgetter", itemgetter_construct, itemgetter_call);
GETTER_TYPE(type_attrgetter, "operator.attrgetter", attrgetter_construct, attrgetter_call);
GETTER_TYPE(type_methodcaller, "operator.methodcaller", methodcaller_construct, methodcaller_call);

static const ObjBuiltin *const operator_builtins[] = {
    &obj_op_add, &obj_op_sub, &obj_op_mul, &obj_op_matmul, &obj_op_truediv, &obj_op_floordiv,
    &obj_op_mod, &obj_op_pow, &obj_op_lshift, &obj_op_rshift, &obj_op_and_, &obj_op_or_,
    &obj_op_xor, &obj_op_iadd, &obj_op_isub, &obj_op_imul, &obj_op_itruediv, &obj_op_ifloordiv,
    &obj_op_imod, &obj_op_ior, &obj_op_iand, &obj_op_ixor, &obj_op_eq, &obj_op_ne, &obj_op_lt,
    &obj_op_le, &obj_op_gt, &obj_op_ge, &obj_op_neg, &obj_op_pos, &obj_op_invert, &obj_op_inv,
    &obj_op_not_, &obj_op_truth, &obj_op_is_, &obj_op_is_not, &obj_op_is_none,
    &obj_op_is_not_none, &obj_op_contains, &obj_op_getitem, &obj_op_setitem, &obj_op_delitem,
    &obj_op_index, &obj_op_abs, &obj_op_length_hint,
};

static const ObjType *const operator_types[] = {&type_itemgetter, &type_attrgetter, &type_methodcaller};

bool mod_operator_init(Run *r, Obj *module) {
    for (size_t k = 0; k < sizeof operator_builtins / sizeof *operator_builtins; k++) {
        const ObjBuiltin *b = operator_builtins[k];
        if (!module_set(r, module, b->def->name, v_obj((Obj *)&b->base))) return false;
    }
    for (size_t k = 0; k < sizeof operator_types / sizeof *operator_types; k++) {
        const ObjType *t = operator_types[k];
        if (!module_set(r, module, t->name + sizeof "operator", v_obj((Obj *)&t->base))) return false;
    }
    return true;
}
