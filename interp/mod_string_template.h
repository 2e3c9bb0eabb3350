// string.Template, a class scripts can subclass (delimiter, idpattern, braceidpattern, flags,
// pattern), as string/__init__.py defines it.
#ifndef MOAT_INTERP_MOD_STRING_TEMPLATE_H
#define MOAT_INTERP_MOD_STRING_TEMPLATE_H

#include <stdbool.h>

#include "interp/obj.h"
#include "interp/run.h"

// Makes the class (its pattern compiled with re) and binds it in the string module.
MOAT_NODISCARD bool mod_string_template_init(Run *r, Obj *module);

#endif
