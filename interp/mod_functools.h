// functools: reduce, partial, lru_cache and cache, wraps and update_wrapper, cmp_to_key,
// total_ordering.
#ifndef MOAT_INTERP_MOD_FUNCTOOLS_H
#define MOAT_INTERP_MOD_FUNCTOOLS_H

#include <stdbool.h>

#include "interp/obj.h"
#include "interp/obj_func.h"
#include "interp/obj_str.h"
#include "interp/run.h"

// partial objects and lru_cache wrappers bind to instances like functions (obj_class.c).
extern const ObjType mod_functools_partial, mod_functools_lru_wrapper;

// cached_property: obj.name runs the function once and keeps its result in obj.__dict__
// (class_bind calls get with the attribute's name; the class itself gets the descriptor).
extern const ObjType mod_functools_cached_property;
MOAT_NODISCARD bool mod_functools_cached_get(Run *r, Value prop, Value self, ObjStr *name,
                                             Value *out);

// The VM's stackless path for lru_cache wrappers of Python functions (so memoized recursion
// is limited by the recursion limit, not by C nesting): is_lru says whether v is one; lookup
// answers a hit (*hit, *out) or, on a miss, replaces *callee by the function and gives in
// *memo what the frame keeps until its result goes in with lru_store (NULL: not cached).
bool mod_functools_is_lru(Value v);
MOAT_NODISCARD bool mod_functools_lru_lookup(Run *r, Value *callee, const Args *a, bool *hit,
                                             Value *out, Obj **memo);
MOAT_NODISCARD bool mod_functools_lru_store(Run *r, Obj *memo, Value result);

// functools.singledispatch (mod_functools_dispatch.c).
extern const ObjBuiltin *const mod_functools_singledispatch;

// Fills a new `functools` module (modules.c calls it on the first import).
MOAT_NODISCARD bool mod_functools_init(Run *r, Obj *module);

#endif
