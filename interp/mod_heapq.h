// heapq: binary heaps on lists, as CPython's _heapq and heapq.py.
#ifndef MOAT_INTERP_MOD_HEAPQ_H
#define MOAT_INTERP_MOD_HEAPQ_H

#include <stdbool.h>

#include "interp/obj.h"
#include "interp/obj_func.h"
#include "interp/obj_list.h"
#include "interp/run.h"

// The heap operations merge (mod_heapq_merge.c) shares, as _heapq's: heapify, pop the top, and
// sift h[0] to its place after it changed; max_heap for the _max forms.
MOAT_NODISCARD bool heapq_heapify(Run *r, ObjList *heap, bool max_heap);
MOAT_NODISCARD bool heapq_pop(Run *r, ObjList *heap, bool max_heap, Value *out);
MOAT_NODISCARD bool heapq_sift_top(Run *r, ObjList *heap, bool max_heap);

// heapq.merge, a builtin the module binds.
extern const ObjBuiltin obj_heapq_merge;

// Fills a new `heapq` module (modules.c calls it on the first import).
MOAT_NODISCARD bool mod_heapq_init(Run *r, Obj *module);

#endif
