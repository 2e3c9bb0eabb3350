// functools: reduce, partial, lru_cache and cache, wraps and update_wrapper, cmp_to_key,
// total_ordering.
#ifndef MOAT_INTERP_MOD_FUNCTOOLS_H
#define MOAT_INTERP_MOD_FUNCTOOLS_H

#include <stdbool.h>

#include "interp/obj.h"
#include "interp/run.h"

// partial objects and lru_cache wrappers bind to instances like functions (obj_class.c).
extern const ObjType mod_functools_partial, mod_functools_lru_wrapper;

// Fills a new `functools` module (modules.c calls it on the first import).
MOAT_NODISCARD bool mod_functools_init(Run *r, Obj *module);

#endif
