// range objects (Objects/rangeobject.c): length, items, slices and membership computed from
// start, stop and step, never by iterating (except against instances of user classes, whose
// __eq__ decides).
#include "interp/obj_range.h"

#include <math.h>

#include "interp/buf.h"
#include "interp/container.h"
#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/obj_class.h"
#include "interp/obj_int.h"
#include "interp/obj_iter.h"
#include "interp/obj_range_big.h"
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
    if (g->big) {
        Value it;
        return range_big_iter(r, g, true, &it) ? it.as.obj : NULL;
    }
    int64_t last = g->len ? range_item(g, g->len - 1) : g->start;
    return iter_range_new(r, last, (int64_t)((uint64_t)0 - (uint64_t)g->step), g->len);
}

static bool range_too_big(Run *r) {
    return exc_raise(r, &exc_OverflowError, "Python int too large to convert to C ssize_t");
}

// A bound given to range(): an int of any size, or an object with __index__.
static bool range_arg(Run *r, Value v, Value *out) {
    if (int_check(v)) {
        *out = int_plain(v);
        return true;
    }
    bool found;
    if (!class_index(r, v, out, &found)) return false;
    if (found) return true;
    return exc_raise(r, &exc_TypeError, "'%s' object cannot be interpreted as an integer",
                     value_type_name(v));
}

static bool range_construct(Run *r, Value callee, const Args *a, Value *out) {
    (void)callee;
    if (!container_args_count(r, a, "range", 1, 3)) return false;
    Value b[3] = {v_int(0), v_int(0), v_int(1)};  // start, stop, step
    uint32_t first = a->npos == 1 ? 1 : 0;
    for (uint32_t k = 0; k < a->npos; k++) {
        // a bound from __index__ may be a new big int: rooted until the range holds it
        if (!range_arg(r, a->pos[k], &b[first + k]) || !gc_push_root(r, b[first + k])) {
            gc_pop_roots(r, k);
            return false;
        }
    }
    bool ok = int_sign(b[2]) != 0 || exc_raise(r, &exc_ValueError, "range() arg 3 must not be zero");
    if (ok && (!is_int(b[0]) || !is_int(b[1]) || !is_int(b[2]))) {
        ok = range_big_new(r, b[0], b[1], b[2], out);
        gc_pop_roots(r, a->npos);
        return ok;
    }
    gc_pop_roots(r, a->npos);
    if (!ok) return false;
    Obj *g = range_new(r, b[0].as.i, b[1].as.i, b[2].as.i);
    if (!g) return false;
    *out = v_obj(g);
    return true;
}

static bool range_repr(Run *r, Value v, Buf *out) {
    ObjRange *g = as_range(v);
    if (g->big) return range_big_repr(r, g, out);
    if (g->step == 1) {
        return buf_printf(out, "range(%lld, %lld)", (long long)g->start, (long long)g->stop);
    }
    return buf_printf(out, "range(%lld, %lld, %lld)", (long long)g->start, (long long)g->stop,
                      (long long)g->step);
}

static bool range_len(Run *r, Value v, int64_t *out) {
    ObjRange *g = as_range(v);
    if (g->big) {
        if (!int_to_i64(((ObjTuple *)g->big)->items[BIG_LEN], out)) return range_too_big(r);
        return true;
    }
    if (g->len > INT64_MAX) return range_too_big(r);
    *out = (int64_t)as_range(v)->len;
    return true;
}

static bool range_truthy(Run *r, Value v, bool *out) {
    (void)r;
    ObjRange *g = as_range(v);
    *out = g->big ? int_sign(((ObjTuple *)g->big)->items[BIG_LEN]) != 0 : g->len != 0;
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

// Compares x with the items of a big range (user objects' __eq__), counting matches.
static bool range_big_search(Run *r, const ObjRange *g, Value x, bool first_only, Value *index,
                             int64_t *count) {
    Value it, item;
    if (!range_big_iter(r, g, false, &it) || !gc_push_root(r, it)) return false;
    IterStep s;
    bool ok = true;
    *count = 0;
    for (int64_t i = 0; ok && (s = ops_next(r, it, &item)) == ITER_ITEM; i++) {
        bool eq = false;
        ok = ops_eq(r, item, x, &eq);
        if (eq && (*count)++ == 0) *index = v_int(i);
        if (eq && first_only) break;
    }
    gc_pop_roots(r, 1);
    return ok && s != ITER_ERROR;
}

// x in a big range: ints and floats equal to an int arithmetically, user objects by search.
// *count is how often x occurs (0 or 1 but for a search); *index its first position.
static bool range_big_lookup(Run *r, const ObjRange *g, Value x, bool first_only, Value *index,
                             int64_t *count) {
    bool found = false;
    *count = 0;
    if (is_float(x) && isfinite(x.as.f) && x.as.f == floor(x.as.f)) {
        if (!int_from_integral_double(r, x.as.f, &x)) return false;
    } else if (container_is_user(x)) {
        return range_big_search(r, g, x, first_only, index, count);
    }
    if (!int_check(x)) return true;
    if (!gc_push_root(r, x)) return false;
    bool ok = range_big_find(r, g, x, &found, index);
    gc_pop_roots(r, 1);
    *count = found;
    return ok;
}

static bool range_contains(Run *r, Value v, Value x, bool *out) {
    ObjRange *g = as_range(v);
    if (g->big) {
        Value index;
        int64_t n;
        if (!range_big_lookup(r, g, x, true, &index, &n)) return false;
        *out = n != 0;
        return true;
    }
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
    if (g->big) {
        Value index;
        int64_t n;
        if (!range_big_lookup(r, g, a->pos[0], false, &index, &n)) return false;
        *out = v_int(n);
        return true;
    }
    uint64_t index, count;
    RangeFind f = range_find(g, a->pos[0], &index);
    if (f == RANGE_SEARCH && !range_search(r, g, a->pos[0], false, &index, &count)) return false;
    if (f != RANGE_SEARCH) count = f == RANGE_FOUND;
    *out = v_int((int64_t)count);
    return true;
}

// "range.index(x): x not in range": only ints are looked up arithmetically; CPython searches
// for anything else, with the sequence's message.
static bool range_index_missing(Run *r, Value x) {
    if (container_is_int(x)) return exc_raise(r, &exc_ValueError, "range.index(x): x not in range");
    return exc_raise(r, &exc_ValueError, "sequence.index(x): x not in sequence");
}

static bool range_index_method(Run *r, Value self, const Args *a, Value *out) {
    if (!container_args_one(r, a, "range.index")) return false;
    ObjRange *g = as_range(self);
    if (g->big) {
        int64_t n;
        if (!range_big_lookup(r, g, a->pos[0], true, out, &n)) return false;
        return n || range_index_missing(r, a->pos[0]);
    }
    uint64_t index = 0, count = 0;
    RangeFind f = range_find(g, a->pos[0], &index);
    if (f == RANGE_SEARCH && !range_search(r, g, a->pos[0], true, &index, &count)) return false;
    if (f == RANGE_ABSENT || (f == RANGE_SEARCH && count == 0)) return range_index_missing(r, a->pos[0]);
    if (index > INT64_MAX) return range_too_big(r);
    *out = v_int((int64_t)index);
    return true;
}

// --- indexing

static bool range_slice(Run *r, ObjRange *g, Value key, Value *out) {
    int64_t start, stop, step, count, first, end, by, len = (int64_t)g->len;
    if (g->big ? !int_to_i64(((ObjTuple *)g->big)->items[BIG_LEN], &len) : g->len > INT64_MAX) {
        return range_big_slice_any(r, g, key, out);  // a length past int64
    }
    if (!slice_indices(r, key, len, &start, &stop, &step, &count)) return false;
    if (g->big) return range_big_slice(r, g, start, stop, step, out);
    // the new bounds are items of this range, or one step past its ends
    if (__builtin_mul_overflow(start, g->step, &first) ||
        __builtin_add_overflow(first, g->start, &first) ||
        __builtin_mul_overflow(stop, g->step, &end) ||
        __builtin_add_overflow(end, g->start, &end) ||
        __builtin_mul_overflow(step, g->step, &by)) {
        return range_big_slice(r, g, start, stop, step, out);
    }
    Obj *s = range_new(r, first, end, by);
    if (!s) return false;
    *out = v_obj(s);
    return true;
}

static bool range_getitem(Run *r, Value v, Value key, Value *out) {
    ObjRange *g = as_range(v);
    if (is_slice(key)) return range_slice(r, g, key, out);
    if (g->big) return range_big_getitem(r, g, key, out);
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
    *out = v_obj((Obj *)&obj_notimpl);
    if (!is_range(b) || (op != AST_CMP_EQ && op != AST_CMP_NE)) return true;
    bool eq;
    if (as_range(a)->big || as_range(b)->big) {
        if (!range_big_equal(r, as_range(a), as_range(b), &eq)) return false;
    } else {
        eq = range_equal(as_range(a), as_range(b));
    }
    *out = v_bool(op == AST_CMP_EQ ? eq : !eq);
    return true;
}

// hash((len, start, step)), with None for what equal ranges need not share.
static bool range_hash(Run *r, Value v, int64_t *out) {
    ObjRange *g = as_range(v);
    if (g->big) return range_big_hash(r, g, out);
    if (g->len > INT64_MAX) return range_too_big(r);
    Value items[3] = {v_int((int64_t)g->len), v_none(), v_none()};
    if (g->len) items[1] = v_int(g->start);
    if (g->len > 1) items[2] = v_int(g->step);
    return tuple_hash_items(r, items, 3, out);
}

static bool range_iter(Run *r, Value v, Value *out) {
    ObjRange *g = as_range(v);
    if (g->big) return range_big_iter(r, g, false, out);
    Obj *it = iter_range_new(r, g->start, g->step, g->len);
    if (!it) return false;
    *out = v_obj(it);
    return true;
}

static bool range_getattr(Run *r, Value v, Obj *name, Value *out) {
    ObjRange *g = as_range(v);
    ObjStr *n = (ObjStr *)name;
    *out = v_undef();
    if (str_equal_cstr(n, "start")) return range_field(r, g, BIG_START, out);
    if (str_equal_cstr(n, "stop")) return range_field(r, g, BIG_STOP, out);
    if (str_equal_cstr(n, "step")) return range_field(r, g, BIG_STEP, out);
    return true;
}

static void range_trace(Run *r, Obj *o) {
    gc_mark_obj(r, ((ObjRange *)o)->big);
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
        .trace = range_trace,
    },
};
