// heapq: binary heaps on lists, as CPython's _heapq and heapq.py.
#ifndef MOAT_INTERP_MOD_HEAPQ_H
#define MOAT_INTERP_MOD_HEAPQ_H

#include <stdbool.h>

#include "interp/obj.h"
#include "interp/obj_list.h"
#include "interp/run.h"

// Fills a new `heapq` module (modules.c calls it on the first import).
MOAT_NODISCARD bool mod_heapq_init(Run *r, Obj *module);

// heappush and heappop on a list (asyncio.PriorityQueue's order); comparisons may run Python.
MOAT_NODISCARD bool heapq_push(Run *r, ObjList *heap, Value item);
MOAT_NODISCARD bool heapq_pop(Run *r, ObjList *heap, Value *out);

#endif
