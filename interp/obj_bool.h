// bool, the subclass of int with the two instances True and False (inline VAL_BOOL values),
// and NoneType with its one instance None (VAL_NONE). The type objects type_bool and
// type_none are declared in ops.h with the other types every operation needs.
#ifndef MOAT_INTERP_OBJ_BOOL_H
#define MOAT_INTERP_OBJ_BOOL_H

#include <stdbool.h>
#include <stdint.h>

#include "interp/obj.h"
#include "interp/run.h"

extern const ObjType type_bool, type_none;

// CPython 3.12+'s hash(None): a constant, no longer the object's address.
#define NONE_HASH INT64_C(0xFCA86420)

// bool(x=False, /): self is the type.
MOAT_NODISCARD bool bool_construct(Run *r, Value self, const Args *a, Value *out);
// The binary slot: True & False, | and ^ between two bools give a bool; everything else is
// int arithmetic.
MOAT_NODISCARD bool bool_binary(Run *r, Value a, Value b, int op, Value *out);

#endif
