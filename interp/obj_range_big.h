// Ranges whose bounds leave int64 (range(10**20), range(0, 2**80, 2**10)): obj_range.c hands
// every operation on such a range to the functions here, which compute with ints of any size.
#ifndef MOAT_INTERP_OBJ_RANGE_BIG_H
#define MOAT_INTERP_OBJ_RANGE_BIG_H

#include "interp/buf.h"
#include "interp/obj_range.h"

// The fields of a big range, as ints (ObjRange.big holds them).
enum { BIG_START, BIG_STOP, BIG_STEP, BIG_LEN };

// range(start, stop, step) for ints of any size, step not 0.
MOAT_NODISCARD bool range_big_new(Run *r, Value start, Value stop, Value step, Value *out);
// start, stop, step or len of any range as an int (len may need a heap int: it can allocate).
MOAT_NODISCARD bool range_field(Run *r, const ObjRange *g, int which, Value *out);

MOAT_NODISCARD bool range_big_repr(Run *r, const ObjRange *g, Buf *out);
// g[start:stop:step] for slice indices already fitted to g's length (any range whose new
// bounds may leave int64).
MOAT_NODISCARD bool range_big_slice(Run *r, const ObjRange *g, int64_t start, int64_t stop,
                                    int64_t step, Value *out);
// g[key] for a slice key when g's length passes int64: the bounds as ints of any size.
MOAT_NODISCARD bool range_big_slice_any(Run *r, const ObjRange *g, Value key, Value *out);
MOAT_NODISCARD bool range_big_getitem(Run *r, const ObjRange *g, Value key, Value *out);
// x in g for an int x (bool, big int).
MOAT_NODISCARD bool range_big_find(Run *r, const ObjRange *g, Value x, bool *found, Value *index);
// g == h when either is big.
MOAT_NODISCARD bool range_big_equal(Run *r, const ObjRange *g, const ObjRange *h, bool *out);
MOAT_NODISCARD bool range_big_hash(Run *r, const ObjRange *g, int64_t *out);
MOAT_NODISCARD bool range_big_iter(Run *r, const ObjRange *g, bool reversed, Value *out);

#endif
