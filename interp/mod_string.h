// string: the character-class constants, capwords and Template.
#ifndef MOAT_INTERP_MOD_STRING_H
#define MOAT_INTERP_MOD_STRING_H

#include <stdbool.h>

#include "interp/obj.h"
#include "interp/run.h"

// Fills a new `string` module (modules.c calls it on the first import).
MOAT_NODISCARD bool mod_string_init(Run *r, Obj *module);

#endif
