// collections.deque: a double-ended queue over a ring buffer on the run's tracked memory,
// with an optional maxlen that drops items from the other end.
#ifndef MOAT_INTERP_OBJ_DEQUE_H
#define MOAT_INTERP_OBJ_DEQUE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "interp/obj.h"
#include "interp/run.h"

typedef struct ObjDeque {
    Obj base;
    Value *items;    // cap slots (a power of two, or 0); item i is items[(head + i) & (cap - 1)]
    size_t head, len, cap;
    bool bounded;    // false (as zeroed): no maxlen
    int64_t maxlen;
    uint64_t state;  // changes with every mutation: iterators and comparisons notice
} ObjDeque;

extern const ObjType type_deque, type_deque_iterator;

// deque or a class deriving from it.
bool is_deque(Value v);
// deque.__init__(self, iterable=(), maxlen=None): the items and bound of a deque, anew.
MOAT_NODISCARD bool deque_init(Run *r, Value self, const Args *a, Value *out);

#endif
