// bisect: binary search and insertion in sorted sequences, as CPython's _bisect.
#ifndef MOAT_INTERP_MOD_BISECT_H
#define MOAT_INTERP_MOD_BISECT_H

#include <stdbool.h>

#include "interp/obj.h"
#include "interp/run.h"

// Fills a new `bisect` module (modules.c calls it on the first import).
MOAT_NODISCARD bool mod_bisect_init(Run *r, Obj *module);

#endif
