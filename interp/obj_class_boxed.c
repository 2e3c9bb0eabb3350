// Instances of classes deriving from int, float or str: the boxed value, and the built-in's
// slots adapted to unbox it (mi + 1 is int's addition of 21 and 1, an int, as in CPython).
#include "interp/obj_class_boxed.h"

#include <math.h>

#include "interp/gc.h"
#include "interp/obj_float.h"
#include "interp/ops.h"

static const TypeSlots *native_slots(Value v) {
    return &((const ObjClass *)v.as.obj->type)->native->slots;
}

bool boxed_new(Run *r, const ObjType *cls, const Args *a, Value *out) {
    const ObjType *native = ((const ObjClass *)cls)->native;
    Args none = {0};
    Value value;
    if (!native->construct(r, v_obj((Obj *)native), a ? a : &none, &value)) return false;
    // a new object: F(x) is not x, nor what float(F(x)) gives
    if (is_float(value) && isnan(value.as.f)) value = float_nan_boxed(r, value.as.f);
    if (!gc_push_root(r, value)) return false;
    ObjBoxed *b = (ObjBoxed *)gc_alloc(r, cls, sizeof(ObjBoxed));
    gc_pop_roots(r, 1);
    if (!b) return false;
    b->value = value;
    *out = v_obj(&b->inst.base);
    return true;
}

void boxed_unbox_args(Value *args, size_t n) {
    for (size_t k = 0; k < n; k++) args[k] = boxed_unbox(args[k]);
}

static bool boxed_repr(Run *r, Value v, Buf *out) {
    return native_slots(v)->repr(r, boxed_unbox(v), out);
}

static bool boxed_str(Run *r, Value v, Buf *out) {
    const TypeSlots *s = native_slots(v);
    return s->str ? s->str(r, boxed_unbox(v), out) : s->repr(r, boxed_unbox(v), out);
}

static bool boxed_hash(Run *r, Value v, int64_t *out) {
    return native_slots(v)->hash(r, boxed_unbox(v), out);
}

// a or b is boxed; the other may be anything, the built-in's slot decides.
static bool boxed_compare(Run *r, Value a, Value b, int op, Value *out) {
    Value ua = boxed_unbox(a), ub = boxed_unbox(b);
    return value_type(ua)->slots.compare(r, ua, ub, op, out);
}

static bool boxed_binary(Run *r, Value a, Value b, int op, Value *out) {
    Value ua = boxed_unbox(a), ub = boxed_unbox(b);
    const ObjType *t = value_type(is_boxed(a) ? ua : ub);
    return t->slots.binary(r, ua, ub, op, out);
}

static bool boxed_unary(Run *r, Value v, int op, Value *out) {
    return native_slots(v)->unary(r, boxed_unbox(v), op, out);
}

static bool boxed_truthy(Run *r, Value v, bool *out) {
    return native_slots(v)->truthy(r, boxed_unbox(v), out);
}

static bool boxed_len(Run *r, Value v, int64_t *out) {
    return native_slots(v)->len(r, boxed_unbox(v), out);
}

static bool boxed_getitem(Run *r, Value v, Value key, Value *out) {
    return native_slots(v)->getitem(r, boxed_unbox(v), key, out);
}

static bool boxed_contains(Run *r, Value v, Value x, bool *out) {
    return native_slots(v)->contains(r, boxed_unbox(v), x, out);
}

static bool boxed_iter(Run *r, Value v, Value *out) {
    return native_slots(v)->iter(r, boxed_unbox(v), out);
}

const TypeSlots boxed_slots = {
    .repr = boxed_repr, .str = boxed_str, .hash = boxed_hash, .compare = boxed_compare,
    .binary = boxed_binary, .unary = boxed_unary, .truthy = boxed_truthy, .len = boxed_len,
    .getitem = boxed_getitem, .contains = boxed_contains, .iter = boxed_iter,
};

void boxed_fill_slots(const ObjType *native, TypeSlots *s) {
    const TypeSlots *n = &native->slots;
    *s = (TypeSlots){0};
    s->repr = n->repr ? boxed_repr : NULL;
    s->str = n->str ? boxed_str : NULL;
    s->hash = n->hash ? boxed_hash : NULL;
    s->compare = n->compare ? boxed_compare : NULL;
    s->binary = n->binary ? boxed_binary : NULL;
    s->unary = n->unary ? boxed_unary : NULL;
    s->truthy = n->truthy ? boxed_truthy : NULL;
    s->len = n->len ? boxed_len : NULL;
    s->getitem = n->getitem ? boxed_getitem : NULL;
    s->contains = n->contains ? boxed_contains : NULL;
    s->iter = n->iter ? boxed_iter : NULL;
}
