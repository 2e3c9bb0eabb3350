// contextlib: contextmanager, suppress and nullcontext, as built-in context managers.
#ifndef MOAT_INTERP_MOD_CONTEXTLIB_H
#define MOAT_INTERP_MOD_CONTEXTLIB_H

#include <stdbool.h>

#include "interp/obj.h"
#include "interp/run.h"

// The type of what @contextmanager returns (it binds to instances like a function).
extern const ObjType mod_contextlib_factory;

// Fills a new `contextlib` module (modules.c calls it on the first import).
MOAT_NODISCARD bool mod_contextlib_init(Run *r, Obj *module);

#endif
