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

// tuple's slots, which its subtypes share.
MOAT_NODISCARD bool tuple_hash(Run *r, Value v, int64_t *out);
MOAT_NODISCARD bool tuple_compare(Run *r, Value a, Value b, int op, Value *out);
MOAT_NODISCARD bool tuple_binary(Run *r, Value a, Value b, int op, Value *out);
MOAT_NODISCARD bool tuple_len(Run *r, Value v, int64_t *out);
MOAT_NODISCARD bool tuple_getitem(Run *r, Value v, Value key, Value *out);
MOAT_NODISCARD bool tuple_contains(Run *r, Value v, Value x, bool *out);
MOAT_NODISCARD bool tuple_iter(Run *r, Value v, Value *out);
void tuple_trace(Run *r, Obj *o);

// A struct sequence type (sys.version_info, sys.float_info): a tuple subtype whose items are
// also attributes, printed as "sys.float_info(max=..., ...)". Define one with STRUCT_SEQ_TYPE.
typedef struct StructSeqType {
    ObjType type;
    const char *const *fields;
    uint32_t nfields;
} StructSeqType;

MOAT_NODISCARD bool structseq_repr(Run *r, Value v, Buf *out);
MOAT_NODISCARD bool structseq_getattr(Run *r, Value v, Obj *name, Value *out);
// An instance holding items[0 .. type->nfields). NULL at a limit.
Obj *structseq_new(Run *r, const StructSeqType *type, const Value *items);

#define STRUCT_SEQ_TYPE(MODULE, NAME, FIELDS)                                                 \
    {                                                                                         \
        .type = {                                                                             \
            .base = {.type = &type_type, .flags = OBJ_STATIC},                                \
            .name = NAME,                                                                     \
            .module = MODULE,                                                                 \
            .id = TYPE_TUPLE,                                                                 \
            .base_type = &type_tuple,                                                         \
            .slots = {.repr = structseq_repr, .hash = tuple_hash, .compare = tuple_compare,   \
                      .binary = tuple_binary, .len = tuple_len, .getitem = tuple_getitem,     \
                      .contains = tuple_contains, .iter = tuple_iter,                         \
                      .getattr = structseq_getattr, .trace = tuple_trace},                    \
        },                                                                                    \
        .fields = FIELDS, .nfields = sizeof FIELDS / sizeof *FIELDS,                          \
    }

// CPython's tuple hash (xxHash-based) of n items; also slice and range hashes.
MOAT_NODISCARD bool tuple_hash_items(Run *r, const Value *items, size_t n, int64_t *out);
// Lexicographic comparison of two item arrays with AstCmpOp op, as tuples compare.
MOAT_NODISCARD bool tuple_compare_items(Run *r, const Value *a, size_t alen, const Value *b,
                                        size_t blen, int op, Value *out);
// The result of comparing two lengths (or any two sizes) with op.
bool tuple_compare_sizes(int64_t a, int64_t b, int op);

#endif
