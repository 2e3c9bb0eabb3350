// The garbage collector: precise mark and sweep over the run's object list. See gc.c.
#ifndef MOAT_INTERP_GC_H
#define MOAT_INTERP_GC_H

#include <stdbool.h>
#include <stddef.h>

#include "interp/obj.h"
#include "interp/run.h"

// A zeroed object of `size` bytes (at least sizeof(Obj)) of type t, on the run's heap; may
// collect first, so everything the caller still needs must be reachable from a root. NULL at
// a limit (r->abort set).
Obj *gc_alloc(Run *r, const ObjType *t, size_t size);
#define gc_new(r, Struct, type) ((Struct *)gc_alloc((r), (type), sizeof(Struct)))
// Like gc_alloc, but zeroes only the first `zeroed` bytes: for objects whose variable part
// the caller fills at once (a str's text).
Obj *gc_alloc_partial(Run *r, const ObjType *t, size_t size, size_t zeroed);

// Marking, for TypeSlots.trace.
void gc_mark_obj(Run *r, Obj *o);
static inline void gc_mark_value(Run *r, Value v) {
    if (v.tag == VAL_OBJ) gc_mark_obj(r, v.as.obj);
}
void gc_mark_values(Run *r, const Value *vs, size_t n);

// Temporary roots for C code that allocates while holding objects. Inline: pushed on most
// paths that allocate; gc_grow_roots makes room.
bool gc_grow_roots(Run *r);
static inline bool gc_push_root(Run *r, Value v) {
    if (r->root_count == r->root_cap && !gc_grow_roots(r)) return false;
    r->roots[r->root_count++] = v;
    return true;
}
static inline void gc_pop_roots(Run *r, uint32_t n) {
    r->root_count -= n;
}

// Collects now; the VM calls this at safe points, gc_alloc when its debt is due.
void gc_collect(Run *r);
// Frees every object of the run (at the end of a run).
void gc_free_all(Run *r);

#endif
