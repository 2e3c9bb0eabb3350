// dir() of built-in types: the names of their methods, slot wrappers and data attributes.
#ifndef MOAT_INTERP_DIR_NAMES_H
#define MOAT_INTERP_DIR_NAMES_H

#include <stdbool.h>

#include "interp/obj.h"
#include "interp/run.h"

// Adds to `names` (a dict used as a set, str keys) the attribute names the built-in type t
// defines itself: its methods, the dunders of the slots it fills, and the data attributes
// its getattr slot serves (int's real, range's start, an exception's args). Not its bases'.
MOAT_NODISCARD bool dir_names_add(Run *r, Obj *names, const ObjType *t);

#endif
