// The methods of bytes and bytearray (obj_bytes_methods.c): the types' sorted method tables.
#ifndef MOAT_INTERP_OBJ_BYTES_METHODS_H
#define MOAT_INTERP_OBJ_BYTES_METHODS_H

#include "interp/obj.h"

// Sorted by name for ops' binary search; the count is checked where the table is defined.
#define BYTES_METHOD_COUNT 44
extern const MethodDef bytes_methods[BYTES_METHOD_COUNT];
// bytes' methods, on bytearrays, and the mutating ones (obj_bytearray.c).
#define BYTEARRAY_METHOD_COUNT 52
extern const MethodDef bytearray_methods[BYTEARRAY_METHOD_COUNT];

#endif
