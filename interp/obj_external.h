// External functions: the names a host declared as its tools. Calling one suspends the run
// at that instruction and hands the call to the host (vm.c); the host resumes the run with
// the call's value or an exception.
#ifndef MOAT_INTERP_OBJ_EXTERNAL_H
#define MOAT_INTERP_OBJ_EXTERNAL_H

#include <stdbool.h>

#include "interp/obj.h"
#include "interp/run.h"

typedef struct ObjExternal {
    Obj base;
    Obj *name;  // str: the name the host knows the function by
    bool is_async;
} ObjExternal;

extern const ObjType type_external;

static inline bool is_external(Value v) {
    return v.tag == VAL_OBJ && v.as.obj->type == &type_external;
}

Obj *external_new(Run *r, const char *name, bool is_async);
// RuntimeError for a call the run cannot suspend at: from C code that called back into the
// script (map(tool, xs), sorted(key=tool)). Always false.
MOAT_NODISCARD bool external_refuse_call(Run *r, Value callee);

#endif
