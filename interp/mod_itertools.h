// itertools: its lazy iterators (mod_itertools.c) and the combinatoric ones
// (mod_itertools_comb.c).
#ifndef MOAT_INTERP_MOD_ITERTOOLS_H
#define MOAT_INTERP_MOD_ITERTOOLS_H

#include <stdbool.h>
#include <stdint.h>

#include "interp/obj.h"
#include "interp/run.h"

// The layout every itertools iterator shares: each type says what its fields hold.
typedef struct ObjItertool {
    Obj base;
    Value v[5];
    int64_t i, n, step, count;
    int64_t *idx;      // the combinatoric iterators' indices (and cycles), or NULL
    uint32_t idx_len;  // int64s allocated at idx
    bool done, flag;
} ObjItertool;

// A new iterator of type t with every field empty.
ObjItertool *itertool_new(Run *r, const ObjType *t);
// The shared slots: repr "<itertools.x object at 0x...>", trace, free.
MOAT_NODISCARD bool itertool_repr(Run *r, Value v, Buf *out);
void itertool_trace(Run *r, Obj *o);
void itertool_free(Run *r, Obj *o);
// A tuple of the items of iterable.
MOAT_NODISCARD bool itertool_tuple(Run *r, Value iterable, Value *out);
// CPython's "name expected at most N arguments, got M" checks for the constructors
// that take positional arguments only.
MOAT_NODISCARD bool itertool_positional(Run *r, const Args *a, const char *name, uint32_t min,
                                        uint32_t max);

#define ITERTOOL_TYPE(var, tname, ctor, next_fn, repr_fn)                                    \
    const ObjType var = {                                                                    \
        .base = {.type = &type_type, .flags = OBJ_STATIC},                                   \
        .name = tname,                                                                       \
        .id = TYPE_OBJECT,                                                                   \
        .base_type = &type_object,                                                           \
        .construct = ctor,                                                                   \
        .slots = {.repr = repr_fn, .hash = identity_hash, .iter = iter_self,                 \
                  .next = next_fn, .trace = itertool_trace, .free = itertool_free},          \
    }

extern const ObjType mod_itertools_product, mod_itertools_permutations,
    mod_itertools_combinations, mod_itertools_cwr;

MOAT_NODISCARD bool mod_itertools_init(Run *r, Obj *module);

#endif
