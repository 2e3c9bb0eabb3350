// range objects (Objects/rangeobject.c): length, items, slices and membership computed from
// start, stop and step, never by iterating (except against instances of user classes, whose
// __eq__ decides).
#include "interp/obj_range.h"

#include <math.h>

#include "interp/buf.h"
#include "interp/container.h"
#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/obj_iter.h"
#include "interp/obj_slice.h"
#include "interp/obj_str.h"
#include "interp/obj_tuple.h"
#include "interp/ops.h"
#include "parser/ast.h"

// The number of items, computed in unsigned arithmetic: it may exceed INT64_MAX.
static uint64_t range_length(int64_t start, int64_t stop, int64_t step) {
    if (step > 0) {
        return start < stop ? ((uint64_t)stop - (uint64_t)start - 1) / (uint64_t)step + 1 : 0;
    }
    uint64_t down = (uint64_t)0 - (uint64_t)step;
    return start > stop ? ((uint64_t)start - (uint64_t)stop - 1) / down + 1 : 0;
}

// Item i (i < len, so the result fits int64 even where the products wrap).
static int64_t range_item(const ObjRange *g, uint64_t i) {
    return (int64_t)((uint64_t)g->start + i * (uint64_t)g->step);
}

Obj *range_new(Run *r, int64_t start, int64_t stop, int64_t step) {
    ObjRange *g = gc_new(r, ObjRange, &type_range);
    if (!g) return NULL;
    g->start = start;
    g->stop = stop;
    g->step = step;
    g->len = range_length(start, stop, step);
    return &g->base;
}

Obj *range_reversed(Run *r, Value v) {
    ObjRange *g = as_range(v);
    int64_t last = g->len ? range_item(g, g->len - 1) : g->start;
    return iter_range_new(r, last, (int64_t)((uint64_t)0 - (uint64_t)g->step), g->len);
}

static bool range_too_big(Run *r) {
    return exc_raise(r, &exc_OverflowError, "Python int too large to convert to C ssize_t");
}

// A bound given to range(): an int within int64.
static bool range_arg(Run *r, Value v, int64_t *out) {
    if (is_obj(v) && v.as.obj->type == &type_int) return range_too_big(r);
    return ops_index(r, v, out);
}

static bool range_construct(Run *r, Value callee, const Args *a, Value *out) {
    (void)callee;
    if (!container_args_count(r, a, "range", 1, 3)) return false;
    int64_t start = 0, stop, step = 1;
    if (a->npos == 1) {
        if (!range_arg(r, a->pos[0], &stop)) return false;
    } else if (!range_arg(r, a->pos[0], &start) || !range_arg(r, a->pos[1], &stop) ||
               (a->npos == 3 && !range_arg(r, a->pos[2], &step))) {
        return false;
    }
    if (step == 0) return exc_raise(r, &exc_ValueError, "range() arg 3 must not be zero");
    Obj *g = range_new(r, start, stop, step);
    if (!g) return false;
    *out = v_obj(g);
    return true;
}

static bool range_repr(Run *r, Value v, Buf *out) {
    (void)r;
    ObjRange *g = as_range(v);
    if (g->step == 1) {
        return buf_printf(out, "range(%lld, %lld)", (long long)g->start, (long long)g->stop);
    }
    return buf_printf(out, "range(%lld, %lld, %lld)", (long long)g->start, (long long)g->stop,
                      (long long)g->step);
}

static bool range_len(Run *r, Value v, int64_t *out) {
    if (as_range(v)->len > INT64_MAX) return range_too_big(r);
    *out = (int64_t)as_range(v)->len;
    return true;
}

static bool range_truthy(Run *r, Value v, bool *out) {
    (void)r;
    *out = as_range(v)->len != 0;
    return true;
}

// --- membership

// Whether the int x is an item, and at which index.
static bool range_find_int(const ObjRange *g, int64_t x, uint64_t *index) {
    bool inside = g->step > 0 ? g->start <= x && x < g->stop : g->stop < x && x <= g->start;
    if (!inside) return false;
    uint64_t dist =
        g->step > 0 ? (uint64_t)x - (uint64_t)g->start : (uint64_t)g->start - (uint64_t)x;
    uint64_t step = g->step > 0 ? (uint64_t)g->step : (uint64_t)0 - (uint64_t)g->step;
    if (dist % step) return false;
    *index = dist / step;
    return true;
}

typedef enum { RANGE_ABSENT, RANGE_FOUND, RANGE_SEARCH } RangeFind;

// Finds x without iterating when its type allows: ints and floats equal to an int. Other
// built-in types never equal an int; instances of user classes must be searched.
static RangeFind range_find(const ObjRange *g, Value x, uint64_t *index) {
    if (is_int(x) || is_bool(x)) {
        return range_find_int(g, is_int(x) ? x.as.i : x.as.b, index) ? RANGE_FOUND : RANGE_ABSENT;
    }
    if (is_float(x)) {
        double f = x.as.f;
        if (!(f == floor(f)) || f < -9223372036854775808.0 || f >= 9223372036854775808.0) {
            return RANGE_ABSENT;
        }
        return range_find_int(g, (int64_t)f, index) ? RANGE_FOUND : RANGE_ABSENT;
    }
    return container_is_user(x) ? RANGE_SEARCH : RANGE_ABSENT;
}

// Compares x with every item (for user objects' __eq__); *count counts matches, stopping at
// the first if first_only.
static bool range_search(Run *r, const ObjRange *g, Value x, bool first_only, uint64_t *index,
                         uint64_t *count) {
    *count = 0;
    for (uint64_t i = 0; i < g->len; i++) {
        bool eq;
        if (!ops_eq(r, v_int(range_item(g, i)), x, &eq)) return false;
        if (eq && (*count)++ == 0) *index = i;
        if (eq && first_only) break;
    }
    return true;
}

static bool range_contains(Run *r, Value v, Value x, bool *out) {
    ObjRange *g = as_range(v);
    uint64_t index, count;
    RangeFind f = range_find(g, x, &index);
    if (f != RANGE_SEARCH) {
        *out = f == RANGE_FOUND;
        return true;
    }
    if (!range_search(r, g, x, true, &index, &count)) return false;
    *out = count != 0;
    return true;
}

static bool range_count_method(Run *r, Value self, const Args *a, Value *out) {
    if (!container_args_one(r, a, "range.count")) return false;
    ObjRange *g = as_range(self);
    uint64_t index, count;
    RangeFind f = range_find(g, a->pos[0], &index);
    if (f == RANGE_SEARCH && !range_search(r, g, a->pos[0], false, &index, &count)) return false;
    if (f != RANGE_SEARCH) count = f == RANGE_FOUND;
    *out = v_int((int64_t)count);
    return true;
}

static bool range_index_method(Run *r, Value self, const Args *a, Value *out) {
    if (!container_args_one(r, a, "range.index")) return false;
    ObjRange *g = as_range(self);
    uint64_t index = 0, count = 0;
    RangeFind f = range_find(g, a->pos[0], &index);
    if (f == RANGE_SEARCH && !range_search(r, g, a->pos[0], true, &index, &count)) return false;
    if (f == RANGE_ABSENT || (f == RANGE_SEARCH && count == 0)) {
        // only ints are looked up arithmetically; CPython searches for anything else
        if (container_is_int(a->pos[0])) {
            return exc_raise(r, &exc_ValueError, "range.index(x): x not in range");
        }
        return exc_raise(r, &exc_ValueError, "sequence.index(x): x not in sequence");
    }
    if (index > INT64_MAX) return range_too_big(r);
    *out = v_int((int64_t)index);
    return true;
}

// --- indexing

static bool range_slice(Run *r, ObjRange *g, Value key, Value *out) {
    int64_t start, stop, step, count, first, end, by;
    if (g->len > INT64_MAX) return range_too_big(r);
    if (!slice_indices(r, key, (int64_t)g->len, &start, &stop, &step, &count)) return false;
    // the new bounds are items of this range, or one step past its ends
    if (__builtin_mul_overflow(start, g->step, &first) ||
        __builtin_add_overflow(first, g->start, &first) ||
        __builtin_mul_overflow(stop, g->step, &end) ||
        __builtin_add_overflow(end, g->start, &end) ||
        __builtin_mul_overflow(step, g->step, &by)) {
        return range_too_big(r);
    }
    Obj *s = range_new(r, first, end, by);
    if (!s) return false;
    *out = v_obj(s);
    return true;
}

static bool range_getitem(Run *r, Value v, Value key, Value *out) {
    ObjRange *g = as_range(v);
    if (is_slice(key)) return range_slice(r, g, key, out);
    int64_t i;
    if (is_obj(key) && key.as.obj->type == &type_int) {
        return exc_raise(r, &exc_IndexError, "range object index out of range");
    }
    if (!container_index(r, key, "range", &i)) return false;
    uint64_t at = (uint64_t)i;
    if (i < 0) at = g->len - ((uint64_t)0 - (uint64_t)i);  // wraps above len if too negative
    if ((i < 0 && (uint64_t)0 - (uint64_t)i > g->len) || at >= g->len) {
        return exc_raise(r, &exc_IndexError, "range object index out of range");
    }
    *out = v_int(range_item(g, at));
    return true;
}

// --- comparison and hash

static bool range_equal(const ObjRange *x, const ObjRange *y) {
    if (x->len != y->len) return false;
    if (x->len == 0) return true;
    if (x->start != y->start) return false;
    return x->len == 1 || x->step == y->step;
}

static bool range_compare(Run *r, Value a, Value b, int op, Value *out) {
    (void)r;
    *out = v_obj((Obj *)&obj_notimpl);
    if (!is_range(b) || (op != AST_CMP_EQ && op != AST_CMP_NE)) return true;
    bool eq = range_equal(as_range(a), as_range(b));
    *out = v_bool(op == AST_CMP_EQ ? eq : !eq);
    return true;
}

// hash((len, start, step)), with None for what equal ranges need not share.
static bool range_hash(Run *r, Value v, int64_t *out) {
    ObjRange *g = as_range(v);
    if (g->len > INT64_MAX) return range_too_big(r);
    Value items[3] = {v_int((int64_t)g->len), v_none(), v_none()};
    if (g->len) items[1] = v_int(g->start);
    if (g->len > 1) items[2] = v_int(g->step);
    return tuple_hash_items(r, items, 3, out);
}

static bool range_iter(Run *r, Value v, Value *out) {
    ObjRange *g = as_range(v);
    Obj *it = iter_range_new(r, g->start, g->step, g->len);
    if (!it) return false;
    *out = v_obj(it);
    return true;
}

static bool range_getattr(Run *r, Value v, Obj *name, Value *out) {
    (void)r;
    ObjRange *g = as_range(v);
    ObjStr *n = (ObjStr *)name;
    *out = v_undef();
    if (str_equal_cstr(n, "start")) *out = v_int(g->start);
    else if (str_equal_cstr(n, "stop")) *out = v_int(g->stop);
    else if (str_equal_cstr(n, "step")) *out = v_int(g->step);
    return true;
}

static const MethodDef range_methods[] = {
    {"count", range_count_method},
    {"index", range_index_method},
};

const ObjType type_range = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "range",
    .id = TYPE_RANGE,
    .base_type = &type_object,
    .methods = range_methods,
    .method_count = sizeof range_methods / sizeof *range_methods,
    .construct = range_construct,
    .slots = {
        .repr = range_repr,
        .hash = range_hash,
        .compare = range_compare,
        .truthy = range_truthy,
        .len = range_len,
        .getitem = range_getitem,
        .contains = range_contains,
        .iter = range_iter,
        .getattr = range_getattr,
    },
};
