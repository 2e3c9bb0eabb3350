// tuple: an immutable sequence, its items stored inline after the header.
#ifndef MOAT_INTERP_OBJ_TUPLE_H
#define MOAT_INTERP_OBJ_TUPLE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "interp/obj.h"
#include "interp/run.h"

typedef struct ObjTuple {
    Obj base;
    size_t len;
    Value items[];
} ObjTuple;

extern const ObjType type_tuple;

static inline bool is_tuple(Value v) {
    return v.tag == VAL_OBJ && v.as.obj->type->id == TYPE_TUPLE;
}
static inline ObjTuple *as_tuple(Value v) {
    return (ObjTuple *)v.as.obj;
}

// A tuple of `len` items, all undef for the caller to fill before Python code sees it; () is
// a shared static singleton. NULL at a limit.
Obj *tuple_new(Run *r, size_t len);
// (a, b): dict items, enumerate, zip. The caller keeps a and b reachable.
Obj *tuple_pack2(Run *r, Value a, Value b);
// A program constant in caller-owned memory of tuple_static_size(n) bytes: OBJ_STATIC, and
// its items must be static (or inline values) too. n == 0 gives the () singleton.
size_t tuple_static_size(size_t n);
Obj *tuple_init_static(void *mem, const Value *items, size_t n);
// tuple(src): src itself if it is a tuple. NULL with an exception pending.
Obj *tuple_from_iterable(Run *r, Value src);

// CPython's tuple hash (xxHash-based) of n items; also slice and range hashes.
MOAT_NODISCARD bool tuple_hash_items(Run *r, const Value *items, size_t n, int64_t *out);
// Lexicographic comparison of two item arrays with AstCmpOp op, as tuples compare.
MOAT_NODISCARD bool tuple_compare_items(Run *r, const Value *a, size_t alen, const Value *b,
                                        size_t blen, int op, Value *out);
// The result of comparing two lengths (or any two sizes) with op.
bool tuple_compare_sizes(int64_t a, int64_t b, int op);

#endif
