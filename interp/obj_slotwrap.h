// Slot wrappers: the dunder methods of built-in types as attributes ((5).__add__, int.__add__,
// [].__iter__), made from the types' behaviour slots rather than written per type.
#ifndef MOAT_INTERP_OBJ_SLOTWRAP_H
#define MOAT_INTERP_OBJ_SLOTWRAP_H

#include <stddef.h>

#include "interp/obj.h"

// The wrapper of dunder `name` (len bytes) that the built-in type t defines itself (a slot it
// does not inherit from its base), or NULL. Classes made by class statements have none.
const MethodDef *slotwrap_find(const ObjType *t, const char *name, size_t len);

// The wrappers one by one, for dir(): the k-th (k < slotwrap_count()) when the built-in type
// t defines it itself, else NULL.
size_t slotwrap_count(void);
const MethodDef *slotwrap_defined(const ObjType *t, size_t k);

#endif
