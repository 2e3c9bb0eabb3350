// The __new__ and __getnewargs__ methods of built-in types, called by hand:
// int.__new__(MyInt, "7"), (1.5).__getnewargs__().
#ifndef MOAT_INTERP_OBJ_NEW_H
#define MOAT_INTERP_OBJ_NEW_H

#include "interp/obj.h"
#include "interp/run.h"

// owner.__new__(cls, *args): a new owner (its constructor on args; an empty container for
// list, dict, set and bytearray, whose __init__ fills them) or an instance of cls, a class
// deriving from owner; TypeError with CPython's messages when cls is no such type.
MOAT_NODISCARD bool new_builtin(Run *r, const ObjType *owner, const Args *a, Value *out);
// x.__getnewargs__(): (the plain value of x,), after checking there are no arguments.
MOAT_NODISCARD bool new_getnewargs(Run *r, Value self, const Args *a, Value *out);

// Defines FN, OWNER.__new__ as a method of OWNER's table (a METHOD_CLASS row).
#define NEW_METHOD(FN, OWNER)                                         \
    static bool FN(Run *r, Value self, const Args *a, Value *out) {   \
        (void)self;                                                   \
        return new_builtin(r, OWNER, a, out);                         \
    }

#endif
