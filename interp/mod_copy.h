// copy: shallow and deep copies (copy.copy, copy.deepcopy).
#ifndef MOAT_INTERP_MOD_COPY_H
#define MOAT_INTERP_MOD_COPY_H

#include <stdbool.h>

#include "interp/obj.h"
#include "interp/run.h"

// Fills a new `copy` module (modules.c calls it on the first import).
MOAT_NODISCARD bool mod_copy_init(Run *r, Obj *module);

#endif
