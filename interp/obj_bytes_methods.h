// The methods of bytes (obj_bytes_methods.c): the type's sorted method table.
#ifndef MOAT_INTERP_OBJ_BYTES_METHODS_H
#define MOAT_INTERP_OBJ_BYTES_METHODS_H

#include "interp/obj.h"

// Sorted by name for ops' binary search; the count is checked where the table is defined.
#define BYTES_METHOD_COUNT 42
extern const MethodDef bytes_methods[BYTES_METHOD_COUNT];

#endif
