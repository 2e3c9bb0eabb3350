// The async iteration builtins: aiter(it) and anext(it[, default]).
#ifndef MOAT_INTERP_BUILTINS_ASYNC_H
#define MOAT_INTERP_BUILTINS_ASYNC_H

#include "interp/obj_func.h"

extern const ObjBuiltin builtins_aiter, builtins_anext;

#endif
