// typing.TypeAliasType: what `type Point = tuple[float, float]` binds (PEP 695). Its value is
// evaluated on first use of __value__, so it may name what is defined later.
#ifndef MOAT_INTERP_OBJ_TYPEALIAS_H
#define MOAT_INTERP_OBJ_TYPEALIAS_H

#include "interp/obj.h"
#include "interp/run.h"

extern const ObjType type_typealias;

// The alias `name` whose value `thunk` (a function without parameters) computes; type_params
// a tuple. The caller keeps the three reachable.
MOAT_NODISCARD bool typealias_new(Run *r, Value name, Value thunk, Value type_params, Value *out);

#endif
