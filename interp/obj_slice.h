// slice: the object behind a[i:j:k], and CPython's index arithmetic every sequence uses to
// apply one (PySlice_Unpack + PySlice_AdjustIndices).
#ifndef MOAT_INTERP_OBJ_SLICE_H
#define MOAT_INTERP_OBJ_SLICE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "interp/obj.h"
#include "interp/run.h"

typedef struct ObjSlice {
    Obj base;
    Value start, stop, step;  // any values; None where omitted
} ObjSlice;

extern const ObjType type_slice;

static inline bool is_slice(Value v) {
    return v.tag == VAL_OBJ && v.as.obj->type->id == TYPE_SLICE;
}

// slice(start, stop, step); NULL at a limit.
Obj *slice_new(Run *r, Value start, Value stop, Value step);
// A program constant (`mem` has sizeof(ObjSlice) bytes): OBJ_STATIC, like str_init_static.
Obj *slice_init_static(void *mem, Value start, Value stop, Value step);
// Applies `slice` to a sequence of `len` items: the first index, the end, the step and the
// number of items selected, exactly as CPython computes them; false with TypeError for a bad
// index, ValueError "slice step cannot be zero".
// The two halves of slice_indices, for callers that must convert a value in between (list
// slice assignment): the raw bounds (PySlice_Unpack), then clamping to a length, which
// returns the item count (PySlice_AdjustIndices).
MOAT_NODISCARD bool slice_unpack(Run *r, Value slice, int64_t *start, int64_t *stop,
                                 int64_t *step);
int64_t slice_adjust(int64_t len, int64_t *start, int64_t *stop, int64_t step);
MOAT_NODISCARD bool slice_indices(Run *r, Value slice, int64_t len, int64_t *start,
                                  int64_t *stop, int64_t *step, int64_t *count);

#endif
