// slice objects and CPython's slice index arithmetic (Objects/sliceobject.c).
#include "interp/obj_slice.h"

#include <string.h>

#include "interp/buf.h"
#include "interp/container.h"
#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/obj_str.h"
#include "interp/obj_tuple.h"
#include "interp/ops.h"

static ObjSlice *as_slice(Value v) {
    return (ObjSlice *)v.as.obj;
}

Obj *slice_new(Run *r, Value start, Value stop, Value step) {
    ObjSlice *s = gc_new(r, ObjSlice, &type_slice);
    if (!s) return NULL;
    s->start = start;
    s->stop = stop;
    s->step = step;
    return &s->base;
}

Obj *slice_init_static(void *mem, Value start, Value stop, Value step) {
    ObjSlice *s = mem;
    memset(s, 0, sizeof *s);
    s->base.type = &type_slice;
    s->base.size = sizeof *s;
    s->base.flags = OBJ_STATIC;
    s->start = start;
    s->stop = stop;
    s->step = step;
    return &s->base;
}

// PySlice_Unpack: the raw bounds, None replaced by the extremes the step calls for.
bool slice_unpack(Run *r, Value slice, int64_t *start, int64_t *stop, int64_t *step) {
    const ObjSlice *s = as_slice(slice);
    *step = 1;
    if (!container_slice_index(r, s->step, true, step)) return false;
    if (*step == 0) return exc_raise(r, &exc_ValueError, "slice step cannot be zero");
    // so that `-step` never overflows
    if (*step < -INT64_MAX) *step = -INT64_MAX;
    *start = *step < 0 ? INT64_MAX : 0;
    if (!container_slice_index(r, s->start, true, start)) return false;
    *stop = *step < 0 ? INT64_MIN : INT64_MAX;
    return container_slice_index(r, s->stop, true, stop);
}

// PySlice_AdjustIndices: clamps to a sequence of `len` items, returns the item count.
int64_t slice_adjust(int64_t len, int64_t *start, int64_t *stop, int64_t step) {
    if (*start < 0) {
        *start += len;
        if (*start < 0) *start = step < 0 ? -1 : 0;
    } else if (*start >= len) {
        *start = step < 0 ? len - 1 : len;
    }
    if (*stop < 0) {
        *stop += len;
        if (*stop < 0) *stop = step < 0 ? -1 : 0;
    } else if (*stop >= len) {
        *stop = step < 0 ? len - 1 : len;
    }
    if (step < 0) return *stop < *start ? (*start - *stop - 1) / (-step) + 1 : 0;
    return *start < *stop ? (*stop - *start - 1) / step + 1 : 0;
}

bool slice_indices(Run *r, Value slice, int64_t len, int64_t *start, int64_t *stop,
                   int64_t *step, int64_t *count) {
    if (!slice_unpack(r, slice, start, stop, step)) return false;
    *count = slice_adjust(len, start, stop, *step);
    return true;
}

static bool slice_repr(Run *r, Value v, Buf *out) {
    ObjSlice *s = as_slice(v);
    return buf_append_cstr(out, "slice(") && ops_repr(r, s->start, out) &&
           buf_append_cstr(out, ", ") && ops_repr(r, s->stop, out) &&
           buf_append_cstr(out, ", ") && ops_repr(r, s->step, out) && buf_append_char(out, ')');
}

// Slices hash and compare as the tuple (start, stop, step) would.
static bool slice_hash(Run *r, Value v, int64_t *out) {
    ObjSlice *s = as_slice(v);
    Value items[3] = {s->start, s->stop, s->step};
    return tuple_hash_items(r, items, 3, out);
}

static bool slice_compare(Run *r, Value a, Value b, int op, Value *out) {
    if (!is_slice(b)) {
        *out = v_obj((Obj *)&obj_notimpl);
        return true;
    }
    ObjSlice *x = as_slice(a), *y = as_slice(b);
    Value xs[3] = {x->start, x->stop, x->step}, ys[3] = {y->start, y->stop, y->step};
    return tuple_compare_items(r, xs, 3, ys, 3, op, out);
}

static bool slice_getattr(Run *r, Value v, Obj *name, Value *out) {
    (void)r;
    ObjSlice *s = as_slice(v);
    ObjStr *n = (ObjStr *)name;
    *out = v_undef();
    if (str_equal_cstr(n, "start")) *out = s->start;
    else if (str_equal_cstr(n, "stop")) *out = s->stop;
    else if (str_equal_cstr(n, "step")) *out = s->step;
    return true;
}

// slice.indices(length) -> (start, stop, step)
static bool slice_indices_method(Run *r, Value self, const Args *a, Value *out) {
    if (!container_args_one(r, a, "slice.indices")) return false;
    int64_t len, start, stop, step;
    if (!container_ssize(r, a->pos[0], &len)) return false;
    if (len < 0) return exc_raise(r, &exc_ValueError, "length should not be negative");
    ObjSlice *s = as_slice(self);
    if (!slice_unpack(r, self, &start, &stop, &step)) return false;
    slice_adjust(len, &start, &stop, step);
    // the unpacked step is clamped to -INT64_MAX; report the one given
    if (is_int(s->step)) step = s->step.as.i;
    Obj *t = tuple_new(r, 3);
    if (!t) return false;
    ObjTuple *tt = (ObjTuple *)t;
    tt->items[0] = v_int(start);
    tt->items[1] = v_int(stop);
    tt->items[2] = v_int(step);
    *out = v_obj(t);
    return true;
}

static bool slice_construct(Run *r, Value callee, const Args *a, Value *out) {
    (void)callee;
    if (!container_args_count(r, a, "slice", 1, 3)) return false;
    Value start = v_none(), stop, step = v_none();
    if (a->npos == 1) {
        stop = a->pos[0];
    } else {
        start = a->pos[0];
        stop = a->pos[1];
        if (a->npos == 3) step = a->pos[2];
    }
    Obj *s = slice_new(r, start, stop, step);
    if (!s) return false;
    *out = v_obj(s);
    return true;
}

static void slice_trace(Run *r, Obj *o) {
    ObjSlice *s = (ObjSlice *)o;
    gc_mark_value(r, s->start);
    gc_mark_value(r, s->stop);
    gc_mark_value(r, s->step);
}

static const MethodDef slice_methods[] = {
    {"indices", slice_indices_method},
};

const ObjType type_slice = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "slice",
    .id = TYPE_SLICE,
    .base_type = &type_object,
    .methods = slice_methods,
    .method_count = sizeof slice_methods / sizeof *slice_methods,
    .construct = slice_construct,
    .slots = {
        .repr = slice_repr,
        .hash = slice_hash,
        .compare = slice_compare,
        .getattr = slice_getattr,
        .trace = slice_trace,
    },
};
