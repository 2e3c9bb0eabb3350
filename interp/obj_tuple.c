// tuple objects (Objects/tupleobject.c): construction, repr, the xxHash-based hash,
// lexicographic comparison, concatenation and repetition, indexing and slicing, methods.
#include "interp/obj_tuple.h"

#include <string.h>

#include "interp/buf.h"
#include "interp/container.h"
#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/obj_iter.h"
#include "interp/obj_list.h"
#include "interp/obj_new.h"
#include "interp/obj_slice.h"
#include "interp/obj_str.h"
#include "interp/ops.h"
#include "parser/ast.h"

// () is shared, as in CPython (`() is ()`).
static const ObjTuple tuple_empty = {
    .base = {.type = &type_tuple, .size = sizeof(ObjTuple), .flags = OBJ_STATIC},
    .len = 0,
};

static bool tuple_is_exact(Value v) {
    return v.as.obj->type == &type_tuple;
}

Obj *tuple_new(Run *r, size_t len) {
    if (len == 0) return (Obj *)&tuple_empty.base;
    size_t bytes;
    // guard: sizes from user values never wrap
    if (__builtin_mul_overflow(len, sizeof(Value), &bytes) ||
        __builtin_add_overflow(bytes, sizeof(ObjTuple), &bytes)) {
        container_refuse(r);
        return NULL;
    }
    ObjTuple *t = (ObjTuple *)gc_alloc(r, &type_tuple, bytes);
    if (!t) return NULL;
    t->len = len;
    return &t->base;
}

Obj *tuple_pack2(Run *r, Value a, Value b) {
    Obj *t = tuple_new(r, 2);
    if (!t) return NULL;
    ((ObjTuple *)t)->items[0] = a;
    ((ObjTuple *)t)->items[1] = b;
    return t;
}

size_t tuple_static_size(size_t n) {
    return sizeof(ObjTuple) + n * sizeof(Value);
}

Obj *tuple_init_static(void *mem, const Value *items, size_t n) {
    if (n == 0) return (Obj *)&tuple_empty.base;
    ObjTuple *t = mem;
    memset(t, 0, sizeof *t);
    t->base.type = &type_tuple;
    t->base.size = (uint32_t)tuple_static_size(n);
    t->base.flags = OBJ_STATIC;
    t->len = n;
    memcpy(t->items, items, n * sizeof *items);
    return &t->base;
}

// A new tuple holding a copy of items[0..n).
static Obj *tuple_from_items(Run *r, const Value *items, size_t n) {
    Obj *t = tuple_new(r, n);
    if (t && n) memcpy(((ObjTuple *)t)->items, items, n * sizeof *items);
    return t;
}

Obj *tuple_from_iterable(Run *r, Value src) {
    if (is_tuple(src) && tuple_is_exact(src)) return src.as.obj;
    if (is_list(src)) {
        size_t n = as_list(src)->len;
        Obj *t = tuple_new(r, n);
        // the allocation ran no Python code: the list still has n items
        if (t && n) memcpy(((ObjTuple *)t)->items, as_list(src)->items, n * sizeof(Value));
        return t;
    }
    Obj *l = list_from_iterable(r, src);
    if (!l || !gc_push_root(r, v_obj(l))) return NULL;
    Obj *t = tuple_from_items(r, ((ObjList *)l)->items, ((ObjList *)l)->len);
    gc_pop_roots(r, 1);
    return t;
}

// --- hash and comparison

enum {
    XXPRIME_5_LEN_MIX = 3527539,  // keeps hash(()) at its historical value
    TUPLE_HASH_NOT_MINUS_ONE = 1546275796,
};
static const uint64_t XXPRIME_1 = 11400714785074694791ULL;
static const uint64_t XXPRIME_2 = 14029467366897019727ULL;
static const uint64_t XXPRIME_5 = 2870177450012600261ULL;

bool tuple_hash_items(Run *r, const Value *items, size_t n, int64_t *out) {
    if (!container_nest_enter(r, " while calling a Python object")) return false;
    uint64_t acc = XXPRIME_5;
    for (size_t i = 0; i < n; i++) {
        int64_t lane;
        if (!ops_hash(r, items[i], &lane)) {
            container_nest_leave(r);
            return false;
        }
        acc += (uint64_t)lane * XXPRIME_2;
        acc = (acc << 31) | (acc >> 33);
        acc *= XXPRIME_1;
    }
    container_nest_leave(r);
    acc += (uint64_t)n ^ (XXPRIME_5 ^ (uint64_t)XXPRIME_5_LEN_MIX);
    if (acc == UINT64_MAX) acc = TUPLE_HASH_NOT_MINUS_ONE;
    *out = (int64_t)acc;
    return true;
}

bool tuple_compare_sizes(int64_t a, int64_t b, int op) {
    switch (op) {
    case AST_CMP_EQ: return a == b;
    case AST_CMP_NE: return a != b;
    case AST_CMP_LT: return a < b;
    case AST_CMP_LE: return a <= b;
    case AST_CMP_GT: return a > b;
    default: return a >= b;
    }
}

// The index of the first items that differ (or the shorter length); false on error.
static bool tuple_first_difference(Run *r, const Value *a, size_t alen, const Value *b,
                                   size_t blen, size_t *at) {
    size_t i = 0;
    for (; i < alen && i < blen; i++) {
        bool eq;
        if (!ops_eq(r, a[i], b[i], &eq)) return false;
        if (!eq) break;
    }
    *at = i;
    return true;
}

bool tuple_compare_items(Run *r, const Value *a, size_t alen, const Value *b, size_t blen,
                         int op, Value *out) {
    if (!container_nest_enter(r, " in comparison")) return false;
    size_t i;
    bool ok = tuple_first_difference(r, a, alen, b, blen, &i);
    if (ok && (i >= alen || i >= blen)) {
        *out = v_bool(tuple_compare_sizes((int64_t)alen, (int64_t)blen, op));
    } else if (ok && (op == AST_CMP_EQ || op == AST_CMP_NE)) {
        *out = v_bool(op == AST_CMP_NE);
    } else if (ok) {
        ok = ops_compare(r, a[i], b[i], op, out);
    }
    container_nest_leave(r);
    return ok;
}

bool tuple_hash(Run *r, Value v, int64_t *out) {
    return tuple_hash_items(r, as_tuple(v)->items, as_tuple(v)->len, out);
}

bool tuple_compare(Run *r, Value a, Value b, int op, Value *out) {
    if (!is_tuple(b)) {
        *out = v_obj((Obj *)&obj_notimpl);
        return true;
    }
    ObjTuple *x = as_tuple(a), *y = as_tuple(b);
    return tuple_compare_items(r, x->items, x->len, y->items, y->len, op, out);
}

// --- repr

static bool tuple_repr(Run *r, Value v, Buf *out) {
    ObjTuple *t = as_tuple(v);
    if (t->len == 0) return buf_append_cstr(out, "()");
    if (!container_repr_enter(&t->base)) return buf_append_cstr(out, "(...)");
    bool ok = buf_append_char(out, '(');
    for (size_t i = 0; ok && i < t->len; i++) {
        if (i) ok = buf_append_cstr(out, ", ");
        ok = ok && ops_repr(r, t->items[i], out);
    }
    if (ok && t->len == 1) ok = buf_append_char(out, ',');
    ok = ok && buf_append_char(out, ')');
    container_repr_leave(&t->base);
    return ok;
}

// --- + and *

static bool tuple_concat(Run *r, Value a, Value b, Value *out) {
    ObjTuple *x = as_tuple(a), *y = as_tuple(b);
    if (y->len == 0 && tuple_is_exact(a)) {
        *out = a;
        return true;
    }
    if (x->len == 0 && tuple_is_exact(b)) {
        *out = b;
        return true;
    }
    size_t n;
    // guard: the result's size is checked before it is allocated
    if (__builtin_add_overflow(x->len, y->len, &n) || !container_fits(r, n, sizeof(Value))) {
        return false;
    }
    Obj *t = tuple_new(r, n);
    if (!t) return false;
    memcpy(((ObjTuple *)t)->items, x->items, x->len * sizeof(Value));
    memcpy(((ObjTuple *)t)->items + x->len, y->items, y->len * sizeof(Value));
    *out = v_obj(t);
    return true;
}

static bool tuple_repeat(Run *r, Value seq, int64_t n, Value *out) {
    ObjTuple *x = as_tuple(seq);
    if (n <= 0 || x->len == 0) {
        *out = x->len == 0 && tuple_is_exact(seq) ? seq : v_obj(tuple_new(r, 0));
        return true;
    }
    if (n == 1 && tuple_is_exact(seq)) {
        *out = seq;
        return true;
    }
    size_t total;
    // guard: the repetition's size is checked before it is allocated
    if (__builtin_mul_overflow(x->len, (uint64_t)n, &total) ||
        !container_fits(r, total, sizeof(Value))) {
        return false;
    }
    Obj *t = tuple_new(r, total);
    if (!t) return false;
    for (size_t k = 0; k < (size_t)n; k++) {
        memcpy(((ObjTuple *)t)->items + k * x->len, x->items, x->len * sizeof(Value));
    }
    *out = v_obj(t);
    return true;
}

bool tuple_binary(Run *r, Value a, Value b, int op, Value *out) {
    *out = v_obj((Obj *)&obj_notimpl);
    if (op == AST_OP_ADD && is_tuple(a)) {
        if (is_tuple(b)) return tuple_concat(r, a, b, out);
        if (container_is_user(b)) return true;
        return exc_raise(r, &exc_TypeError, "can only concatenate tuple (not \"%s\") to tuple",
                         value_type_name(b));
    }
    if (op == AST_OP_MUL) {
        bool left = is_tuple(a);
        Value seq = left ? a : b, n = left ? b : a;
        int64_t count;
        bool notimpl;
        if (!container_repeat_operand(r, n, left, &count, &notimpl)) return false;
        if (notimpl) return true;
        return tuple_repeat(r, seq, count, out);
    }
    return true;
}

// --- sequence protocol

bool tuple_len(Run *r, Value v, int64_t *out) {
    (void)r;
    *out = (int64_t)as_tuple(v)->len;
    return true;
}

static bool tuple_slice(Run *r, Value v, Value key, Value *out) {
    ObjTuple *t = as_tuple(v);
    int64_t start, stop, step, count;
    if (!slice_indices(r, key, (int64_t)t->len, &start, &stop, &step, &count)) return false;
    if (step == 1 && count == (int64_t)t->len && tuple_is_exact(v)) {
        *out = v;
        return true;
    }
    if (step == 1) {
        Obj *s = tuple_from_items(r, t->items + start, (size_t)count);
        return s ? (*out = v_obj(s), true) : false;
    }
    Obj *s = tuple_new(r, (size_t)count);
    if (!s) return false;
    for (int64_t k = 0, i = start; k < count; k++, i += step) {
        ((ObjTuple *)s)->items[k] = t->items[i];
    }
    *out = v_obj(s);
    return true;
}

bool tuple_getitem(Run *r, Value v, Value key, Value *out) {
    if (is_slice(key)) return tuple_slice(r, v, key, out);
    ObjTuple *t = as_tuple(v);
    int64_t i;
    if (!container_index(r, key, "tuple", &i)) return false;
    if (i < 0) i += (int64_t)t->len;
    if (i < 0 || i >= (int64_t)t->len) {
        return exc_raise(r, &exc_IndexError, "tuple index out of range");
    }
    *out = t->items[i];
    return true;
}

bool tuple_contains(Run *r, Value v, Value x, bool *out) {
    ObjTuple *t = as_tuple(v);
    *out = false;
    for (size_t i = 0; i < t->len && !*out; i++) {
        if (!ops_eq(r, t->items[i], x, out)) return false;
    }
    return true;
}

bool tuple_iter(Run *r, Value v, Value *out) {
    Obj *it = iter_seq_new(r, &type_tuple_iterator, v, 0);
    if (!it) return false;
    *out = v_obj(it);
    return true;
}

void tuple_trace(Run *r, Obj *o) {
    ObjTuple *t = (ObjTuple *)o;
    gc_mark_values(r, t->items, t->len);
}

// --- methods

static bool tuple_count(Run *r, Value self, const Args *a, Value *out) {
    if (!container_args_one(r, a, "tuple.count")) return false;
    ObjTuple *t = as_tuple(self);
    int64_t n = 0;
    for (size_t i = 0; i < t->len; i++) {
        bool eq;
        if (!ops_eq(r, t->items[i], a->pos[0], &eq)) return false;
        n += eq;
    }
    *out = v_int(n);
    return true;
}

static bool tuple_index(Run *r, Value self, const Args *a, Value *out) {
    if (!container_args_count(r, a, "tuple.index", 1, 3)) return false;
    ObjTuple *t = as_tuple(self);
    int64_t len = (int64_t)t->len, start = 0, stop = INT64_MAX;
    if (a->npos > 1 && !container_slice_index(r, a->pos[1], false, &start)) return false;
    if (a->npos > 2 && !container_slice_index(r, a->pos[2], false, &stop)) return false;
    if (start < 0 && (start += len) < 0) start = 0;
    if (stop < 0) stop += len;
    else if (stop > len) stop = len;
    for (int64_t i = start; i < stop; i++) {
        bool eq;
        if (!ops_eq(r, t->items[i], a->pos[0], &eq)) return false;
        if (eq) {
        *out = v_int(i);
        return true;
    }
    }
    return exc_raise(r, &exc_ValueError, "tuple.index(x): x not in tuple");
}

static bool tuple_construct(Run *r, Value callee, const Args *a, Value *out) {
    (void)callee;
    if (!container_args_count(r, a, "tuple", 0, 1)) return false;
    Obj *t = a->npos ? tuple_from_iterable(r, a->pos[0]) : tuple_new(r, 0);
    if (!t) return false;
    *out = v_obj(t);
    return true;
}

NEW_METHOD(tuple_m_new, &type_tuple)

static const MethodDef tuple_methods[] = {
    {"__getnewargs__", new_getnewargs},
    {"__new__", tuple_m_new, METHOD_CLASS},
    {"count", tuple_count},
    {"index", tuple_index},
};

// --- struct sequences

static const StructSeqType *structseq_type(Value v) {
    return (const StructSeqType *)v.as.obj->type;
}

bool structseq_repr(Run *r, Value v, Buf *out) {
    const StructSeqType *t = structseq_type(v);
    const ObjTuple *items = as_tuple(v);
    bool ok = buf_printf(out, "%s.%s(", t->type.module, t->type.name);
    for (uint32_t k = 0; ok && k < t->nfields && k < items->len; k++) {
        ok = buf_printf(out, "%s%s=", k ? ", " : "", t->fields[k]) &&
             ops_repr(r, items->items[k], out);
    }
    return ok && buf_append_char(out, ')');
}

bool structseq_getattr(Run *r, Value v, Obj *name, Value *out) {
    (void)r;
    const StructSeqType *t = structseq_type(v);
    *out = v_undef();
    for (uint32_t k = 0; k < t->nfields && k < as_tuple(v)->len; k++) {
        if (str_equal_cstr((const ObjStr *)name, t->fields[k])) *out = as_tuple(v)->items[k];
    }
    return true;
}

Obj *structseq_new(Run *r, const StructSeqType *type, const Value *items) {
    Obj *o = tuple_new(r, type->nfields);
    if (!o) return NULL;
    for (uint32_t k = 0; k < type->nfields; k++) ((ObjTuple *)o)->items[k] = items[k];
    o->type = &type->type;
    return o;
}

const ObjType type_tuple = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "tuple",
    .id = TYPE_TUPLE,
    .base_type = &type_object,
    .methods = tuple_methods,
    .method_count = sizeof tuple_methods / sizeof *tuple_methods,
    .construct = tuple_construct,
    .slots = {
        .repr = tuple_repr,
        .hash = tuple_hash,
        .compare = tuple_compare,
        .binary = tuple_binary,
        .len = tuple_len,
        .getitem = tuple_getitem,
        .contains = tuple_contains,
        .iter = tuple_iter,
        .trace = tuple_trace,
    },
};
