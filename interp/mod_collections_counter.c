// collections.Counter: a dict of counts (CPython's collections/__init__.py, whose loops this
// follows step by step so that counts of any type add and compare as they do there). Missing
// keys count 0; + - | & keep positive counts; comparisons are multiset inclusion.
#include "interp/args.h"
#include "interp/buf.h"
#include "interp/container.h"
#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/libframes.h"
#include "interp/mod_collections.h"
#include "interp/obj_func.h"
#include "interp/obj_list.h"
#include "interp/obj_list_sort.h"
#include "interp/obj_tuple.h"
#include "interp/ops.h"
#include "parser/ast.h"

static bool is_counter(Value v) {
    return v.tag == VAL_OBJ && type_is_subtype(v.as.obj->type, &mod_collections_Counter);
}

static bool counter_new(Run *r, Value *out) {
    Obj *c = mod_collections_dict_new(r, &mod_collections_Counter, sizeof(ObjDict));
    if (!c) return false;
    *out = v_obj(c);
    return true;
}

// c[key], 0 when missing.
static bool counter_get(Run *r, Value c, Value key, Value *out) {
    bool found;
    if (!dict_get(r, c.as.obj, key, out, &found)) return false;
    if (!found) *out = v_int(0);
    return true;
}

static bool compare_true(Run *r, Value a, Value b, int op, bool *out) {
    Value res;
    if (!ops_compare(r, a, b, op, &res) || !gc_push_root(r, res)) return false;
    bool ok = ops_truthy(r, res, out);
    gc_pop_roots(r, 1);
    return ok;
}

// A snapshot of c's items as a list of (key, count) pairs: loops over it call Python code
// (__add__, __lt__, __hash__) that may change c.
static bool counter_items(Run *r, Value c, Value *out) {
    Obj *l = list_new(r, 0);
    if (!l || !gc_push_root(r, v_obj(l))) return false;
    size_t pos = 0;
    Value k, v;
    bool ok = true;
    while (ok && dict_next(c.as.obj, &pos, &k, &v)) {
        Obj *pair = tuple_pack2(r, k, v);
        ok = pair && list_append(r, l, v_obj(pair));
    }
    gc_pop_roots(r, 1);
    *out = v_obj(l);
    return ok;
}

// c[key] = c.get(key, 0) + sign * n (sign -1: subtract).
static bool counter_add_to(Run *r, Value c, Value key, Value n, int op) {
    Value old, sum;
    if (!counter_get(r, c, key, &old) || !ops_binary(r, old, n, op, &sum)) return false;
    if (!gc_push_root(r, sum)) return false;
    bool ok = dict_set(r, c.as.obj, key, sum);
    gc_pop_roots(r, 1);
    return ok;
}

// Adds (op ADD) or subtracts (op SUB) counts from a mapping, or 1 for each item of an iterable.
static bool counter_merge(Run *r, Value c, Value src, int op) {
    Value items, it, item;
    if (is_dict(src)) {
        if (op == AST_OP_ADD && as_dict(c)->used == 0) return dict_update(r, c.as.obj, src);
        if (!counter_items(r, src, &items) || !gc_push_root(r, items)) return false;
        bool ok = true;
        const ObjList *l = as_list(items);
        for (size_t k = 0; ok && k < l->len; k++) {
            const ObjTuple *pair = as_tuple(l->items[k]);
            ok = counter_add_to(r, c, pair->items[0], pair->items[1], op);
        }
        gc_pop_roots(r, 1);
        return ok;
    }
    if (!ops_iter(r, src, &it)) {
        LIBFRAMES_ADD(r, op == AST_OP_ADD ? LF_COUNTER_UPDATE : LF_COUNTER_SUBTRACT);
        return false;
    }
    if (!gc_push_root(r, it)) return false;
    IterStep s;
    bool ok = true;
    while (ok && (s = ops_next(r, it, &item)) == ITER_ITEM) {
        ok = gc_push_root(r, item);
        if (ok) {
            ok = counter_add_to(r, c, item, v_int(1), op);
            gc_pop_roots(r, 1);
        }
    }
    gc_pop_roots(r, 1);
    ok = ok && s == ITER_END;
    // update() counts in C (_count_elements); subtract() loops in Python, at other lines
    if (!ok && op == AST_OP_ADD) LIBFRAMES_ADD(r, LF_COUNTER_UPDATE);
    return ok;
}

// update(iterable=None, /, **kwds) and subtract: the iterable, then the keywords as a mapping.
static bool counter_merge_args(Run *r, Value c, const Args *a, const char *qualname, int op) {
    if (a->npos > 1) {
        return exc_raise(r, &exc_TypeError, "%s() takes from 1 to 2 positional arguments but %u were given",
                         qualname, a->npos + 1);
    }
    if (a->npos && !is_none(a->pos[0]) && !counter_merge(r, c, a->pos[0], op)) return false;
    if (!a->nkw) return true;
    Obj *kw = dict_new(r);
    if (!kw || !gc_push_root(r, v_obj(kw))) return false;
    bool ok = true;
    for (uint32_t k = 0; ok && k < a->nkw; k++) ok = dict_set(r, kw, v_obj(a->kwnames[k]), a->kwvalues[k]);
    ok = ok && counter_merge(r, c, v_obj(kw), op);
    gc_pop_roots(r, 1);
    return ok;
}

bool mod_collections_counter_init(Run *r, Value self, const Args *a, Value *out) {
    *out = v_none();
    if (counter_merge_args(r, self, a, "Counter.__init__", AST_OP_ADD)) return true;
    if (a->npos == 1) LIBFRAMES_ADD(r, LF_COUNTER_INIT);
    return false;
}

static bool counter_construct(Run *r, Value callee, const Args *a, Value *out) {
    (void)callee;
    Value ignored;
    if (!counter_new(r, out) || !gc_push_root(r, *out)) return false;
    bool ok = mod_collections_counter_init(r, *out, a, &ignored);
    gc_pop_roots(r, 1);
    return ok;
}

static bool counter_update(Run *r, Value self, const Args *a, Value *out) {
    *out = v_none();
    return counter_merge_args(r, self, a, "Counter.update", AST_OP_ADD);
}

static bool counter_subtract(Run *r, Value self, const Args *a, Value *out) {
    *out = v_none();
    return counter_merge_args(r, self, a, "Counter.subtract", AST_OP_SUB);
}

// The key function of most_common: a pair's count.
static bool count_of(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    (void)r;
    *out = as_tuple(a->pos[0])->items[1];
    return true;
}

static const MethodDef count_of_def = {"count_of", count_of};
static const ObjBuiltin count_of_fn = {
    .base = {.type = &type_builtin, .flags = OBJ_STATIC},
    .def = &count_of_def,
    .self = {.tag = VAL_NONE},
};

// The (key, count) pairs by count, highest first, ties in insertion order.
static bool counter_sorted_items(Run *r, Value c, Value *out) {
    if (!counter_items(r, c, out) || !gc_push_root(r, *out)) return false;
    bool ok = list_sort(r, out->as.obj, v_obj((Obj *)&count_of_fn.base), true);
    gc_pop_roots(r, 1);
    return ok;
}

static bool counter_most_common(Run *r, Value self, const Args *a, Value *out) {
    static const char *const names[] = {"n"};
    static const ArgSpec spec = {"most_common", names, 1, 0, 1, 0};
    Value p[1];
    if (!args_bind(r, a, &spec, p) || !counter_sorted_items(r, self, out)) return false;
    if (is_undef(p[0]) || is_none(p[0])) return true;
    int64_t n;
    if (!container_ssize(r, p[0], &n)) return false;
    ObjList *l = as_list(*out);
    if (n < 0) n = 0;
    if ((size_t)n < l->len) l->len = (size_t)n;
    return true;
}

// elements(): each key repeated by its count (counts below one give nothing).
static bool counter_elements(Run *r, Value self, const Args *a, Value *out) {
    if (!container_args_none(r, a, "elements")) return false;
    Value items;
    if (!counter_items(r, self, &items) || !gc_push_root(r, items)) return false;
    Obj *l = list_new(r, 0);
    if (!l || !gc_push_root(r, v_obj(l))) {
        gc_pop_roots(r, 1);
        return false;
    }
    bool ok = true;
    for (size_t i = 0; ok && i < as_list(items)->len; i++) {
        Value k = as_tuple(as_list(items)->items[i])->items[0], v = as_tuple(as_list(items)->items[i])->items[1];
        int64_t n;
        if (!container_is_int(v) && !container_is_user(v)) {
            ok = exc_raise(r, &exc_TypeError, "'%s' object cannot be interpreted as an integer", value_type_name(v));
            break;
        }
        ok = container_ssize(r, v, &n);
        // guard: the repeated elements are built in memory
        if (ok && n > 0) ok = container_fits(r, ((ObjList *)l)->len + (size_t)n, sizeof(Value));
        for (int64_t j = 0; ok && j < n; j++) ok = list_append(r, l, k);
    }
    ok = ok && ops_iter(r, v_obj(l), out);
    gc_pop_roots(r, 2);
    return ok;
}

static bool counter_total(Run *r, Value self, const Args *a, Value *out) {
    if (!container_args_none(r, a, "total")) return false;
    Value items;
    if (!counter_items(r, self, &items) || !gc_push_root(r, items)) return false;
    *out = v_int(0);
    bool ok = true;
    const ObjList *l = as_list(items);
    for (size_t k = 0; ok && k < l->len; k++) {
        Value sum;
        ok = gc_push_root(r, *out);  // the running total, while __add__ runs
        if (!ok) break;
        ok = ops_binary(r, *out, as_tuple(l->items[k])->items[1], AST_OP_ADD, &sum);
        gc_pop_roots(r, 1);
        *out = sum;
    }
    gc_pop_roots(r, 1);
    return ok;
}

static bool counter_copy(Run *r, Value self, const Args *a, Value *out) {
    if (!container_args_none(r, a, "copy")) return false;
    if (!counter_new(r, out) || !gc_push_root(r, *out)) return false;
    bool ok = dict_update(r, out->as.obj, self);
    gc_pop_roots(r, 1);
    return ok;
}

static bool counter_fromkeys(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    (void)a;
    (void)out;
    exc_raise(r, &exc_NotImplementedError, "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.");
    LIBFRAMES_ADD(r, LF_COUNTER_FROMKEYS);
    return false;
}

static bool counter_missing(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    if (!container_args_one(r, a, "__missing__")) return false;
    *out = v_int(0);
    return true;
}

static const MethodDef counter_methods[] = {
    {"__init__", mod_collections_counter_init},
    {"__missing__", counter_missing},
    {"copy", counter_copy},
    {"elements", counter_elements},
    {"fromkeys", counter_fromkeys, METHOD_CLASS},
    {"most_common", counter_most_common},
    {"subtract", counter_subtract},
    {"total", counter_total},
    {"update", counter_update},
};

// ---- slots ----

static bool counter_getitem(Run *r, Value v, Value key, Value *out) {
    return counter_get(r, v, key, out);
}

// del c[key] ignores a missing key.
static bool counter_setitem(Run *r, Value v, Value key, Value val) {
    if (!is_undef(val)) return mod_collections_dict_setitem(r, v, key, val);
    bool found;
    return dict_del(r, v.as.obj, key, &found);
}

// "Counter({'a': 2, 'b': 1})" in most_common order; insertion order if counts do not sort.
static bool counter_repr(Run *r, Value v, Buf *out) {
    const char *name = mod_collections_repr_name(v);
    if (as_dict(v)->used == 0) return buf_printf(out, "%s()", name);
    Value items;
    if (!counter_sorted_items(r, v, &items)) {
        if (!exc_pending_is(r, &exc_TypeError)) return false;
        exc_clear(r);
        return buf_printf(out, "%s(", name) && type_dict.slots.repr(r, v, out) &&
               buf_append_char(out, ')');
    }
    if (!gc_push_root(r, items)) return false;
    bool ok = buf_printf(out, "%s({", name);
    const ObjList *l = as_list(items);
    for (size_t k = 0; ok && k < l->len; k++) {
        const ObjTuple *pair = as_tuple(l->items[k]);
        ok = (!k || buf_append_cstr(out, ", ")) && ops_repr(r, pair->items[0], out) &&
             buf_append_cstr(out, ": ") && ops_repr(r, pair->items[1], out);
    }
    gc_pop_roots(r, 1);
    return ok && buf_append_cstr(out, "})");
}

// Sets result[key] = n when n > 0 (n < 0 with `negate`: result[key] = 0 - n).
// n may be a fresh result only the caller holds: it stays rooted here.
static bool keep_if_positive(Run *r, Value result, Value key, Value n, bool negate) {
    bool keep;
    if (!gc_push_root(r, n)) return false;
    bool ok = compare_true(r, n, v_int(0), negate ? AST_CMP_LT : AST_CMP_GT, &keep);
    if (ok && keep && negate) ok = ops_binary(r, v_int(0), n, AST_OP_SUB, &n) && gc_push_root(r, n);
    if (ok && keep) {
        ok = dict_set(r, result.as.obj, key, n);
        if (negate) gc_pop_roots(r, 1);
    }
    gc_pop_roots(r, 1);
    return ok;
}

// The count a + - | & gives key: a's count combined with b's.
static bool combine(Run *r, int op, Value x, Value y, Value *out) {
    if (op == AST_OP_ADD || op == AST_OP_SUB) return ops_binary(r, x, y, op, out);
    bool less;
    if (!compare_true(r, x, y, AST_CMP_LT, &less)) return false;
    *out = (op == AST_OP_BITOR) == less ? y : x;
    return true;
}

// a + b, a - b, a | b, a & b into result: a's keys first, then b's that a lacks.
static bool counter_combine(Run *r, Value a, Value b, int op, Value result) {
    Value items;
    if (!counter_items(r, a, &items) || !gc_push_root(r, items)) return false;
    bool ok = true;
    const ObjList *l = as_list(items);
    for (size_t k = 0; ok && k < l->len; k++) {
        const ObjTuple *pair = as_tuple(l->items[k]);
        Value other, n;
        ok = counter_get(r, b, pair->items[0], &other) && gc_push_root(r, other);
        if (!ok) break;
        ok = combine(r, op, pair->items[1], other, &n) && keep_if_positive(r, result, pair->items[0], n, false);
        gc_pop_roots(r, 1);
    }
    gc_pop_roots(r, 1);
    if (!ok || op == AST_OP_BITAND) return ok;
    if (!counter_items(r, b, &items) || !gc_push_root(r, items)) return false;
    l = as_list(items);
    for (size_t k = 0; ok && k < l->len; k++) {
        const ObjTuple *pair = as_tuple(l->items[k]);
        bool in_a;
        ok = mod_collections_dict_contains(r, a, pair->items[0], &in_a);
        if (ok && !in_a) ok = keep_if_positive(r, result, pair->items[0], pair->items[1], op == AST_OP_SUB);
    }
    gc_pop_roots(r, 1);
    return ok;
}

static bool counter_binary(Run *r, Value a, Value b, int op, Value *out) {
    *out = v_obj((Obj *)&obj_notimpl);
    bool arith = op == AST_OP_ADD || op == AST_OP_SUB || op == AST_OP_BITOR || op == AST_OP_BITAND;
    if (!arith || !is_counter(a) || !is_counter(b)) return true;
    if (!counter_new(r, out) || !gc_push_root(r, *out)) return false;
    bool ok = counter_combine(r, a, b, op, *out);
    gc_pop_roots(r, 1);
    return ok;
}

// Drops the keys whose count is not positive (the in-place operators end with this).
static bool counter_keep_positive(Run *r, Value c) {
    Value items;
    if (!counter_items(r, c, &items) || !gc_push_root(r, items)) return false;
    bool ok = true;
    const ObjList *l = as_list(items);
    for (size_t k = 0; ok && k < l->len; k++) {
        const ObjTuple *pair = as_tuple(l->items[k]);
        bool positive, found;
        ok = compare_true(r, pair->items[1], v_int(0), AST_CMP_GT, &positive);
        if (ok && !positive) ok = dict_del(r, c.as.obj, pair->items[0], &found);
    }
    gc_pop_roots(r, 1);
    return ok;
}

// a += b, -=, |=, &=: a changed in place, as CPython's __iadd__ and its siblings do.
static bool counter_inplace_merge(Run *r, Value a, Value b, int op) {
    Value items;
    Value src = op == AST_OP_BITAND ? a : b;
    if (!counter_items(r, src, &items) || !gc_push_root(r, items)) return false;
    bool ok = true;
    const ObjList *l = as_list(items);
    for (size_t k = 0; ok && k < l->len; k++) {
        const ObjTuple *pair = as_tuple(l->items[k]);
        Value key = pair->items[0], mine, other, n;
        if (op == AST_OP_ADD || op == AST_OP_SUB) {
            ok = counter_add_to(r, a, key, pair->items[1], op);
            continue;
        }
        ok = counter_get(r, a, key, &mine) && gc_push_root(r, mine);
        if (!ok) break;
        ok = counter_get(r, b, key, &other) && gc_push_root(r, other);
        if (ok) {
            ok = combine(r, op, mine, other, &n) && dict_set(r, a.as.obj, key, n);
            gc_pop_roots(r, 1);
        }
        gc_pop_roots(r, 1);
    }
    gc_pop_roots(r, 1);
    return ok && counter_keep_positive(r, a);
}

static bool counter_inplace(Run *r, Value a, Value b, int op, Value *out) {
    bool arith = op == AST_OP_ADD || op == AST_OP_SUB || op == AST_OP_BITOR || op == AST_OP_BITAND;
    if (!arith || !is_counter(b)) return counter_binary(r, a, b, op, out);
    *out = a;
    return counter_inplace_merge(r, a, b, op);
}

// +c keeps positive counts, -c negates the negative ones.
static bool counter_unary(Run *r, Value v, int op, Value *out) {
    if (op != AST_UOP_POS && op != AST_UOP_NEG) {
        return exc_raise(r, &exc_TypeError, "bad operand type for unary ~: 'Counter'");
    }
    Value items;
    if (!counter_new(r, out) || !gc_push_root(r, *out)) return false;
    bool ok = counter_items(r, v, &items) && gc_push_root(r, items);
    if (!ok) {
        gc_pop_roots(r, 1);
        return false;
    }
    const ObjList *l = as_list(items);
    for (size_t k = 0; ok && k < l->len; k++) {
        const ObjTuple *pair = as_tuple(l->items[k]);
        ok = keep_if_positive(r, *out, pair->items[0], pair->items[1], op == AST_UOP_NEG);
    }
    gc_pop_roots(r, 2);
    return ok;
}

// Whether every key of either counts op-related (== or <=) in a and b, missing ones as 0.
static bool counter_all(Run *r, Value a, Value b, int op, bool *out) {
    Value sides[2] = {a, b};
    *out = true;
    for (int s = 0; s < 2 && *out; s++) {
        Value items;
        if (!counter_items(r, sides[s], &items) || !gc_push_root(r, items)) return false;
        const ObjList *l = as_list(items);
        bool ok = true;
        for (size_t k = 0; ok && *out && k < l->len; k++) {
            Value key = as_tuple(l->items[k])->items[0], x, y;
            ok = counter_get(r, a, key, &x) && gc_push_root(r, x);
            if (!ok) break;
            ok = counter_get(r, b, key, &y) && gc_push_root(r, y);
            if (ok) {
                ok = compare_true(r, x, y, op, out);
                gc_pop_roots(r, 1);
            }
            gc_pop_roots(r, 1);
        }
        gc_pop_roots(r, 1);
        if (!ok) return false;
    }
    return true;
}

static bool counter_compare(Run *r, Value a, Value b, int op, Value *out) {
    *out = v_obj((Obj *)&obj_notimpl);
    if (!is_counter(a) || !is_counter(b)) {
        return is_counter(a) && (op == AST_CMP_EQ || op == AST_CMP_NE) ? type_dict.slots.compare(r, a, b, op, out)
                                                                       : true;
    }
    bool res, eq;
    switch (op) {
    case AST_CMP_EQ:
    case AST_CMP_NE:
        if (!counter_all(r, a, b, AST_CMP_EQ, &res)) return false;
        *out = v_bool(op == AST_CMP_EQ ? res : !res);
        return true;
    case AST_CMP_LE:
    case AST_CMP_GE:
        if (!counter_all(r, op == AST_CMP_LE ? a : b, op == AST_CMP_LE ? b : a, AST_CMP_LE, &res)) return false;
        *out = v_bool(res);
        return true;
    default:
        if (!counter_all(r, op == AST_CMP_LT ? a : b, op == AST_CMP_LT ? b : a, AST_CMP_LE, &res)) return false;
        if (res && !counter_all(r, a, b, AST_CMP_EQ, &eq)) return false;
        *out = v_bool(res && !eq);
        return true;
    }
}

const ObjType mod_collections_Counter = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "Counter",
    .module = "collections",
    .id = TYPE_DICT,
    .base_type = &type_dict,
    .methods = counter_methods,
    .method_count = sizeof counter_methods / sizeof *counter_methods,
    .construct = counter_construct,
    .slots = {
        .repr = counter_repr,
        .compare = counter_compare,
        .binary = counter_binary,
        .inplace = counter_inplace,
        .unary = counter_unary,
        .len = mod_collections_dict_len,
        .getitem = counter_getitem,
        .setitem = counter_setitem,
        .contains = mod_collections_dict_contains,
        .iter = mod_collections_dict_iter,
        .trace = mod_collections_dict_trace,
        .free = mod_collections_dict_free,
    },
};
