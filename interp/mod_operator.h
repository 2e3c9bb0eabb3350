// operator: the operators as functions (add, lt, getitem, ...), and itemgetter, attrgetter
// and methodcaller.
#ifndef MOAT_INTERP_MOD_OPERATOR_H
#define MOAT_INTERP_MOD_OPERATOR_H

#include <stdbool.h>

#include "interp/obj.h"
#include "interp/run.h"

// Fills a new `operator` module (modules.c calls it on the first import).
MOAT_NODISCARD bool mod_operator_init(Run *r, Obj *module);

#endif
