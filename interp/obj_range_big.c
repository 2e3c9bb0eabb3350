// Ranges past int64: start, stop, step and length kept as ints of any size in a tuple, every
// operation computed with int's own arithmetic (CPython's longrangeobject paths).
#include "interp/obj_range_big.h"

#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/obj_class.h"
#include "interp/obj_int.h"
#include "interp/obj_iter.h"
#include "interp/obj_slice.h"
#include "interp/obj_tuple.h"
#include "interp/ops.h"
#include "parser/ast.h"

static Value big_field(const ObjRange *g, int which) {
    return ((const ObjTuple *)g->big)->items[which];
}

bool range_field(Run *r, const ObjRange *g, int which, Value *out) {
    if (g->big) {
        *out = big_field(g, which);
        return true;
    }
    switch (which) {
    case BIG_START: *out = v_int(g->start); return true;
    case BIG_STOP: *out = v_int(g->stop); return true;
    case BIG_STEP: *out = v_int(g->step); return true;
    default: return int_from_u64(r, g->len, out);
    }
}

// *out = a op b, rooted (the caller pops every root it pushed).
static bool arith(Run *r, Value a, int op, Value b, Value *out) {
    return int_binary(r, a, b, op, out) && gc_push_root(r, *out);
}

// CPython's compute_range_length: (hi - lo - 1) // step + 1 over the ordered bounds, or 0.
static bool big_length(Run *r, Value start, Value stop, Value step, Value *out) {
    bool up = int_sign(step) > 0;
    Value lo = up ? start : stop, hi = up ? stop : start, span, by = step;
    if (int_cmp(lo, hi) >= 0) {
        *out = v_int(0);
        return true;
    }
    int roots = 0;
    bool ok = arith(r, hi, AST_OP_SUB, lo, &span) && ++roots &&
              arith(r, span, AST_OP_SUB, v_int(1), &span) && ++roots &&
              (up || (int_neg(r, step, &by) && gc_push_root(r, by) && ++roots)) &&
              arith(r, span, AST_OP_FLOORDIV, by, &span) && ++roots &&
              int_binary(r, span, v_int(1), AST_OP_ADD, out);
    gc_pop_roots(r, roots);
    return ok;
}

bool range_big_new(Run *r, Value start, Value stop, Value step, Value *out) {
    if (is_int(start) && is_int(stop) && is_int(step)) {
        Obj *g = range_new(r, start.as.i, stop.as.i, step.as.i);
        if (!g) return false;
        *out = v_obj(g);
        return true;
    }
    Obj *t = tuple_new(r, 4);
    if (!t || !gc_push_root(r, v_obj(t))) return false;
    ObjTuple *f = (ObjTuple *)t;
    f->items[BIG_START] = start;
    f->items[BIG_STOP] = stop;
    f->items[BIG_STEP] = step;
    f->items[BIG_LEN] = v_int(0);
    bool ok = big_length(r, start, stop, step, &f->items[BIG_LEN]);
    ObjRange *g = ok ? gc_new(r, ObjRange, &type_range) : NULL;
    gc_pop_roots(r, 1);
    if (!g) return false;
    g->big = t;
    *out = v_obj(&g->base);
    return true;
}

bool range_big_repr(Run *r, const ObjRange *g, Buf *out) {
    bool step1 = int_cmp(big_field(g, BIG_STEP), v_int(1)) == 0;
    bool ok = buf_append_cstr(out, "range(") && ops_repr(r, big_field(g, BIG_START), out) &&
              buf_append_cstr(out, ", ") && ops_repr(r, big_field(g, BIG_STOP), out);
    if (ok && !step1) ok = buf_append_cstr(out, ", ") && ops_repr(r, big_field(g, BIG_STEP), out);
    return ok && buf_append_char(out, ')');
}

// start + i * step for 0 <= i < len.
static bool big_item(Run *r, const ObjRange *g, Value i, Value *out) {
    Value prod;
    if (!arith(r, i, AST_OP_MUL, big_field(g, BIG_STEP), &prod)) return false;
    bool ok = int_binary(r, big_field(g, BIG_START), prod, AST_OP_ADD, out);
    gc_pop_roots(r, 1);
    return ok;
}

bool range_big_slice(Run *r, const ObjRange *g, int64_t start, int64_t stop, int64_t step,
                     Value *out) {
    Value first, step0, by, end, prod;
    int roots = 0;
    bool ok = range_field(r, g, BIG_START, &first) && gc_push_root(r, first) && ++roots &&
              range_field(r, g, BIG_STEP, &step0) && gc_push_root(r, step0) && ++roots &&
              arith(r, v_int(stop), AST_OP_MUL, step0, &prod) && ++roots &&
              arith(r, first, AST_OP_ADD, prod, &end) && ++roots &&
              arith(r, v_int(start), AST_OP_MUL, step0, &prod) && ++roots &&
              arith(r, first, AST_OP_ADD, prod, &first) && ++roots &&
              arith(r, v_int(step), AST_OP_MUL, step0, &by) && ++roots &&
              range_big_new(r, first, end, by, out);
    gc_pop_roots(r, roots);
    return ok;
}

// A slice bound as an int of any size (ints, objects with __index__).
static bool slice_bound(Run *r, Value v, Value *out) {
    if (int_check(v)) {
        *out = int_plain(v);
        return true;
    }
    bool found;
    if (!class_index(r, v, out, &found)) return false;
    if (found) return true;
    return exc_raise(r, &exc_TypeError, "slice indices must be integers or None or have an __index__ method");
}

// One end of a slice fitted to a length as CPython's _PySlice_GetLongIndices does: negative
// counts from len, then clamped to [lower, upper]. Pushes one root.
static bool slice_end(Run *r, Value v, Value len, Value lower, Value upper, Value dflt, Value *out) {
    if (is_none(v)) return gc_push_root(r, *out = dflt);
    if (!slice_bound(r, v, out) || !gc_push_root(r, *out)) return false;
    if (int_sign(*out) < 0) {
        gc_pop_roots(r, 1);
        if (!arith(r, *out, AST_OP_ADD, len, out)) return false;
        if (int_cmp(*out, lower) < 0) *out = lower;
    } else if (int_cmp(*out, upper) > 0) {
        *out = upper;
    }
    return true;
}

bool range_big_slice_any(Run *r, const ObjRange *g, Value key, Value *out) {
    const ObjSlice *s = (const ObjSlice *)key.as.obj;
    Value step = v_int(1), len, upper, start, stop, first, step0, prod, end, by;
    int roots = 0;
    bool ok = (is_none(s->step) || (slice_bound(r, s->step, &step) && gc_push_root(r, step) && ++roots)) &&
              (int_sign(step) != 0 || exc_raise(r, &exc_ValueError, "slice step cannot be zero")) &&
              range_field(r, g, BIG_LEN, &len) && gc_push_root(r, len) && ++roots;
    bool down = ok && int_sign(step) < 0;
    Value lower = v_int(down ? -1 : 0);
    ok = ok && (down ? arith(r, len, AST_OP_SUB, v_int(1), &upper) : gc_push_root(r, upper = len)) && ++roots &&
         slice_end(r, s->start, len, lower, upper, down ? upper : lower, &start) && ++roots &&
         slice_end(r, s->stop, len, lower, upper, down ? lower : upper, &stop) && ++roots &&
         range_field(r, g, BIG_START, &first) && gc_push_root(r, first) && ++roots &&
         range_field(r, g, BIG_STEP, &step0) && gc_push_root(r, step0) && ++roots &&
         arith(r, stop, AST_OP_MUL, step0, &prod) && ++roots &&
         arith(r, first, AST_OP_ADD, prod, &end) && ++roots &&
         arith(r, start, AST_OP_MUL, step0, &prod) && ++roots &&
         arith(r, first, AST_OP_ADD, prod, &first) && ++roots &&
         arith(r, step, AST_OP_MUL, step0, &by) && ++roots &&
         range_big_new(r, first, end, by, out);
    gc_pop_roots(r, roots);
    return ok;
}

// An index as an int of any size: ints, bools, objects with __index__.
static bool big_index_key(Run *r, Value key, Value *out) {
    if (int_check(key)) {
        *out = int_plain(key);
        return true;
    }
    bool found;
    if (!class_index(r, key, out, &found)) return false;
    if (found) return true;
    return exc_raise(r, &exc_TypeError, "range indices must be integers or slices, not %s",
                     value_type_name(key));
}

bool range_big_getitem(Run *r, const ObjRange *g, Value key, Value *out) {
    Value i, len = big_field(g, BIG_LEN);
    if (!big_index_key(r, key, &i) || !gc_push_root(r, i)) return false;
    int roots = 1;
    bool ok = int_sign(i) >= 0 || (arith(r, i, AST_OP_ADD, len, &i) && ++roots);
    if (ok && (int_sign(i) < 0 || int_cmp(i, len) >= 0)) {
        ok = exc_raise(r, &exc_IndexError, "range object index out of range");
    }
    ok = ok && big_item(r, g, i, out);
    gc_pop_roots(r, roots);
    return ok;
}

bool range_big_find(Run *r, const ObjRange *g, Value x, bool *found, Value *index) {
    Value start = big_field(g, BIG_START), stop = big_field(g, BIG_STOP), step = big_field(g, BIG_STEP);
    x = int_plain(x);
    bool up = int_sign(step) > 0;
    *found = up ? int_cmp(start, x) <= 0 && int_cmp(x, stop) < 0
                : int_cmp(stop, x) < 0 && int_cmp(x, start) <= 0;
    if (!*found) return true;
    Value dist, rem;
    int roots = 0;
    bool ok = arith(r, x, AST_OP_SUB, start, &dist) && ++roots &&
              arith(r, dist, AST_OP_MOD, step, &rem) && ++roots;
    *found = ok && int_sign(rem) == 0;
    if (ok && *found && index) ok = int_binary(r, dist, step, AST_OP_FLOORDIV, index);
    gc_pop_roots(r, roots);
    return ok;
}

bool range_big_equal(Run *r, const ObjRange *g, const ObjRange *h, bool *out) {
    Value a[3], b[3];
    static const int fields[3] = {BIG_LEN, BIG_START, BIG_STEP};
    int roots = 0;
    bool ok = true;
    for (int k = 0; ok && k < 3; k++) {
        ok = range_field(r, g, fields[k], &a[k]) && gc_push_root(r, a[k]) && ++roots &&
             range_field(r, h, fields[k], &b[k]) && gc_push_root(r, b[k]) && ++roots;
    }
    if (ok) {
        // equal lengths; then the first item; then (past one item) the step
        *out = int_cmp(a[0], b[0]) == 0 &&
               (int_sign(a[0]) == 0 || (int_cmp(a[1], b[1]) == 0 &&
                                        (int_cmp(a[0], v_int(1)) == 0 || int_cmp(a[2], b[2]) == 0)));
    }
    gc_pop_roots(r, roots);
    return ok;
}

// hash((len, start, step)), None for what equal ranges need not share.
bool range_big_hash(Run *r, const ObjRange *g, int64_t *out) {
    Value len = big_field(g, BIG_LEN);
    Value items[3] = {len, v_none(), v_none()};
    if (int_sign(len) != 0) items[1] = big_field(g, BIG_START);
    if (int_cmp(len, v_int(1)) > 0) items[2] = big_field(g, BIG_STEP);
    return tuple_hash_items(r, items, 3, out);
}

bool range_big_iter(Run *r, const ObjRange *g, bool reversed, Value *out) {
    Value len = big_field(g, BIG_LEN), first = big_field(g, BIG_START), step = big_field(g, BIG_STEP);
    int roots = 0;
    bool ok = true;
    if (reversed) {
        Value last;
        ok = int_sign(len) == 0 || (arith(r, len, AST_OP_SUB, v_int(1), &last) && ++roots &&
                                    big_item(r, g, last, &first) && gc_push_root(r, first) && ++roots);
        ok = ok && int_neg(r, step, &step) && gc_push_root(r, step) && ++roots;
    }
    Obj *it = ok ? iter_big_range_new(r, first, step, len) : NULL;
    gc_pop_roots(r, roots);
    if (!it) return false;
    *out = v_obj(it);
    return true;
}
