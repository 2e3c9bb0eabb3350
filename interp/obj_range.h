// range: an immutable arithmetic sequence with O(1) length, indexing and `in` for ints.
// Bounds within int64 are machine ints; a range with a bound past them keeps its fields as
// ints of any size instead (obj_range_big.c), so the common ranges never touch GMP.
#ifndef MOAT_INTERP_OBJ_RANGE_H
#define MOAT_INTERP_OBJ_RANGE_H

#include <stdbool.h>
#include <stdint.h>

#include "interp/obj.h"
#include "interp/run.h"

typedef struct ObjRange {
    Obj base;
    int64_t start, stop, step;  // step != 0
    uint64_t len;               // may exceed INT64_MAX: range(-2**63, 2**63 - 1)
    Obj *big;                   // NULL, or a tuple (start, stop, step, len) of ints when a
                                // bound leaves int64; the fields above are then unused
} ObjRange;

extern const ObjType type_range;

static inline bool is_range(Value v) {
    return v.tag == VAL_OBJ && v.as.obj->type->id == TYPE_RANGE;
}
static inline ObjRange *as_range(Value v) {
    return (ObjRange *)v.as.obj;
}

// range(start, stop, step) with step != 0; NULL at a limit.
Obj *range_new(Run *r, int64_t start, int64_t stop, int64_t step);
// reversed(range): an iterator from the last item down. NULL at a limit.
Obj *range_reversed(Run *r, Value range);

#endif
