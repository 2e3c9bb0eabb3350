// traceback: format_exc(), print_exc(), format_exception() and friends, over the same
// formatter that reports uncaught exceptions (traceback.c), so their text is CPython's.
#ifndef MOAT_INTERP_MOD_TRACEBACK_H
#define MOAT_INTERP_MOD_TRACEBACK_H

#include <stdbool.h>

#include "interp/obj.h"
#include "interp/run.h"

// Fills a new `traceback` module (modules.c calls it on the first import).
MOAT_NODISCARD bool mod_traceback_init(Run *r, Obj *module);

#endif
